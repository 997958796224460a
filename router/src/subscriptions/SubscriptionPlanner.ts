import { Supergraph, operationFromDocument, type Schema } from '@apollo/federation-internals';
import { QueryPlanner, type FetchNode, type QueryPlan } from '@apollo/query-planner';
import { GraphQLError, type DocumentNode, type GraphQLSchema } from 'graphql';

/** The name the event's own data source goes by in `eventPlan` (not a subgraph name: those are identifiers). */
export const EVENT_SERVICE = '__event__';

export interface SubscriptionPlan {
  /** The subscription operation on the subgraph that owns the field. */
  primary: FetchNode;
  /**
   * What runs for each event: the primary fetch, answered by the event itself (service {@link EVENT_SERVICE}), then
   * the plan's `rest` (entity fetches for fields other subgraphs own). Executed with @apollo/gateway's
   * `executeQueryPlan`, which merges the results and shapes the response for the client's operation.
   */
  eventPlan: QueryPlan;
}

/**
 * Plans subscription operations against the supergraph with @apollo/query-planner (`SubscriptionNode { primary,
 * rest }`), which @apollo/gateway plans but refuses to execute. Plans are cached by document text and operation name
 * (least recently used first out): a client fleet sends a handful of distinct subscriptions.
 */
export class SubscriptionPlanner {
  /** The client-facing schema, for validation and access checks. */
  readonly apiSchema: GraphQLSchema;
  /** The supergraph as graphql-js sees it, for `executeQueryPlan`. */
  readonly supergraphSchema: GraphQLSchema;
  /** The client-facing schema in federation-internals form, for `executeQueryPlan`. */
  readonly api: Schema;
  /** Every subgraph the supergraph names. */
  readonly subgraphNames: readonly string[];
  private readonly planner: QueryPlanner;
  private readonly plans = new Map<string, SubscriptionPlan>();

  constructor(
    gatewaySdl: string,
    private readonly maxCachedPlans: number,
  ) {
    const supergraph = Supergraph.build(gatewaySdl);
    this.api = supergraph.apiSchema();
    this.apiSchema = this.api.toGraphQLJSSchema();
    this.supergraphSchema = supergraph.schema.toGraphQLJSSchema();
    this.subgraphNames = supergraph.subgraphs().names();
    this.planner = new QueryPlanner(supergraph);
  }

  /**
   * @param key identifies the document (its text); with the operation name it keys the cache.
   * @throws GraphQLError when the document holds no such subscription operation (the caller validated it first).
   */
  plan(document: DocumentNode, operationName: string | undefined, key: string): SubscriptionPlan {
    const cacheKey = `${operationName ?? ''}\u0000${key}`;
    const cached = this.plans.get(cacheKey);
    if (cached) {
      this.plans.delete(cacheKey);
      this.plans.set(cacheKey, cached);
      return cached;
    }
    const operation = operationFromDocument(this.api, document, { ...(operationName ? { operationName } : {}), validate: false });
    const { node } = this.planner.buildQueryPlan(operation);
    if (node?.kind !== 'Subscription') throw new GraphQLError('Only subscription operations are planned here.', { extensions: { code: 'BAD_REQUEST' } });
    const plan: SubscriptionPlan = {
      primary: node.primary,
      eventPlan: {
        kind: 'QueryPlan',
        node: { kind: 'Sequence', nodes: [{ ...node.primary, serviceName: EVENT_SERVICE }, ...(node.rest ? [node.rest] : [])] },
      },
    };
    this.plans.set(cacheKey, plan);
    if (this.plans.size > this.maxCachedPlans) this.plans.delete(this.plans.keys().next().value as string);
    return plan;
  }

  /** Plans held (for tests and `/health`). */
  cachedPlans(): number {
    return this.plans.size;
  }
}
