import { buildOperationContext, executeQueryPlan, type GraphQLDataSource, type ServiceMap } from '@apollo/gateway';
import { GraphQLError, type DocumentNode, type ExecutionResult, type FormattedExecutionResult } from 'graphql';
import type { Logger } from '@media-gateway/runtime';
import type { RouterContext } from '../auth/RouterContext.js';
import { EVENT_SERVICE, type SubscriptionPlan, type SubscriptionPlanner } from './SubscriptionPlanner.js';

export interface SubscriptionOperation {
  document: DocumentNode;
  operationName: string | undefined;
  /** As the client sent them (validated, not coerced: subgraphs coerce them again, as with HTTP). */
  variables: Record<string, unknown>;
  plan: SubscriptionPlan;
}

export interface EventResolverDeps {
  planner: SubscriptionPlanner;
  /** The router's data sources for every subgraph (the gateway's own). */
  services: ServiceMap;
  logger: Logger;
}

/**
 * Turns one event from the primary subgraph into the client's response: the event answers the plan's primary fetch,
 * the rest of the plan fetches what other subgraphs own (`_entities`, e.g. `Title.name` from catalog), and
 * @apollo/gateway's `executeQueryPlan` merges and shapes it exactly as it does a query's response. A failed entity
 * fetch leaves its fields null with an error beside them (the event is still delivered), as for queries.
 */
export async function resolveEvent(
  deps: EventResolverDeps,
  operation: SubscriptionOperation,
  event: ExecutionResult | FormattedExecutionResult,
  context: RouterContext,
): Promise<ExecutionResult> {
  const eventSource: GraphQLDataSource = {
    process: async () => ({ data: event.data ?? null, ...(event.errors?.length ? { errors: [...event.errors] } : {}) }) as never,
  };
  const requestContext = {
    request: { variables: operation.variables, ...(operation.operationName ? { operationName: operation.operationName } : {}) },
    context,
    logger: deps.logger,
    metrics: {},
    cache: undefined,
  };
  const operationContext = buildOperationContext({
    schema: deps.planner.apiSchema,
    operationDocument: operation.document,
    ...(operation.operationName ? { operationName: operation.operationName } : {}),
  });
  const result = await executeQueryPlan(
    operation.plan.eventPlan,
    { ...deps.services, [EVENT_SERVICE]: eventSource },
    requestContext as never,
    operationContext,
    deps.planner.supergraphSchema,
    deps.planner.api,
  );
  const primaryService = operation.plan.primary.serviceName;
  return {
    data: result.data ?? null,
    ...(result.errors?.length ? { errors: result.errors.map((error) => clientError(error, primaryService, deps.logger)) } : {}),
    ...(context.warnings.length ? { extensions: { warnings: context.warnings } } : {}),
  };
}

/**
 * Errors the event itself carried name the placeholder service; the client sees the subgraph's name. The executor
 * also collects plain Errors (a malformed subgraph answer): those are router bugs, logged and masked.
 */
function clientError(error: unknown, primaryService: string, logger: Logger): GraphQLError {
  if (!(error instanceof GraphQLError)) {
    logger.error({ err: error }, 'subscription event execution failed');
    return new GraphQLError('Internal server error', { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  }
  if (error.extensions.serviceName !== EVENT_SERVICE) return error;
  return new GraphQLError(error.message, {
    ...(error.path ? { path: error.path } : {}),
    extensions: { ...error.extensions, serviceName: primaryService },
  });
}
