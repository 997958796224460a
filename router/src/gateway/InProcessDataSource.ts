import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { execute, parse, type DocumentNode, type GraphQLSchema } from 'graphql';
import { IDENTITY_HEADER } from '@media-gateway/auth';
import { collectWarnings } from './collectWarnings.js';

/** What the router needs from a subgraph it hosts in-process. */
export interface InProcessSubgraph {
  name: string;
  schema: GraphQLSchema;
  createContext(headers: Record<string, string | undefined>): object | Promise<object>;
}

type SubgraphResponse = Awaited<ReturnType<GraphQLDataSource['process']>>;

const MAX_CACHED_DOCUMENTS = 500;

/**
 * Executes subgraph fetches inside this process. The subgraph gets its context from the same function its HTTP
 * server uses, built from the headers the gateway would have sent, so embedded and distributed runs share one path.
 * Fetch documents come from query plans, a small fixed set, so parsed documents are cached.
 */
export class InProcessDataSource implements GraphQLDataSource {
  private readonly documents = new Map<string, DocumentNode>();

  constructor(private readonly subgraph: InProcessSubgraph) {}

  async process(options: GraphQLDataSourceProcessOptions): Promise<SubgraphResponse> {
    const { request } = options;
    const headers: Record<string, string | undefined> = {};
    for (const [key, value] of request.http?.headers ?? []) headers[key] = value;
    // What a remote subgraph would receive in the header (see SubgraphDataSource.willSendRequest).
    const assertion = (options.context as { identityAssertion?: string } | undefined)?.identityAssertion;
    if (assertion) headers[IDENTITY_HEADER] = assertion;
    const contextValue = await this.subgraph.createContext(headers);
    const result = await execute({
      schema: this.subgraph.schema,
      document: this.parse(request.query ?? ''),
      variableValues: request.variables,
      operationName: request.operationName,
      contextValue,
    });
    // What a subgraph server would put in `extensions.warnings` (see its warnings plugin), read from its context.
    collectWarnings(options.context, (contextValue as { warnings?: unknown }).warnings);
    return result as SubgraphResponse;
  }

  private parse(query: string): DocumentNode {
    let document = this.documents.get(query);
    if (!document) {
      document = parse(query);
      if (this.documents.size >= MAX_CACHED_DOCUMENTS) this.documents.clear();
      this.documents.set(query, document);
    }
    return document;
  }
}
