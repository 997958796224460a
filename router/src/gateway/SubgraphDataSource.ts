import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { IDENTITY_HEADER } from '@media-gateway/auth';
import type { Logger } from '@media-gateway/runtime';
import { collectWarnings } from './collectWarnings.js';
import { upstreamError } from './upstreamErrors.js';

/**
 * A subgraph over HTTP with a deadline per fetch, whose failures reach clients as typed errors
 * (`SUBGRAPH_UNAVAILABLE`, `SUBGRAPH_TIMEOUT`, `SUBGRAPH_ERROR`) and reach the log with their cause.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource {
  constructor(private readonly options: { name: string; url: string; timeoutMs: number; logger: Logger }) {
    super({
      url: options.url,
      // Node's fetch with a deadline; its Response has everything the gateway reads.
      fetcher: ((url: string, init: RequestInit) => fetch(url, { ...init, signal: AbortSignal.timeout(options.timeoutMs) })) as never,
    });
  }

  /** Subgraphs learn who the caller is only from the router's signed assertion, never from client headers. */
  override willSendRequest(options: GraphQLDataSourceProcessOptions): void {
    const assertion = (options.context as { identityAssertion?: string } | undefined)?.identityAssertion;
    options.request.http?.headers.delete(IDENTITY_HEADER);
    if (assertion) options.request.http?.headers.set(IDENTITY_HEADER, assertion);
  }

  override async process(options: GraphQLDataSourceProcessOptions): ReturnType<RemoteGraphQLDataSource['process']> {
    const response = await super.process(options);
    collectWarnings(options.context, response.extensions?.warnings);
    return response;
  }

  override didEncounterError(error: Error, _request: unknown, response?: { status: number }): void {
    this.options.logger.error({ err: error, subgraph: this.options.name, status: response?.status }, 'subgraph fetch failed');
    throw upstreamError(this.options.name, error, response?.status);
  }
}
