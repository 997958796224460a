import { GraphQLError, parse, subscribe, type DocumentNode, type ExecutionResult } from 'graphql';
import { IDENTITY_HEADER } from '@media-gateway/auth';
import type { Logger } from '@media-gateway/runtime';
import type { InProcessSubgraph } from '../../gateway/InProcessDataSource.js';
import { upstreamError } from '../../gateway/upstreamErrors.js';
import { subgraphStreamError } from './subgraphStreamError.js';
import type { UpstreamRequest, UpstreamSink, Upstreams } from './Upstreams.js';

const MAX_CACHED_DOCUMENTS = 500;

/**
 * Subscription streams on subgraphs hosted in this process (embedded mode): graphql-js `subscribe` on the
 * subgraph's schema with the context its own server would build from the `x-mg-identity` header, so ownership checks
 * in subscribe resolvers run exactly as they do standalone.
 */
export class InProcessUpstreams implements Upstreams {
  private readonly documents = new Map<string, DocumentNode>();

  constructor(
    private readonly subgraphs: readonly InProcessSubgraph[],
    private readonly logger: Logger,
  ) {}

  open(serviceName: string, request: UpstreamRequest, sink: UpstreamSink): () => void {
    const subgraph = this.subgraphs.find((s) => s.name === serviceName);
    let stopped = false;
    let iterator: AsyncIterator<ExecutionResult> | undefined;
    const release = (source: AsyncIterator<ExecutionResult>) => {
      // Not awaited: a source that only notices on its next event must not hold up the client's unsubscribe.
      source.return?.().catch((error: unknown) => this.logger.warn({ err: error, subgraph: serviceName }, 'subscription source failed to stop'));
    };
    const stop = () => {
      if (stopped) return;
      stopped = true;
      if (iterator) release(iterator);
    };
    if (!subgraph) {
      sink.fail([upstreamError(serviceName, new Error('not hosted in this process'), undefined)]);
      return () => {};
    }
    const pump = async () => {
      const contextValue = await subgraph.createContext({ [IDENTITY_HEADER]: request.identityAssertion });
      const result = await subscribe({
        schema: subgraph.schema,
        document: this.parse(request.query),
        variableValues: request.variables,
        operationName: request.operationName,
        contextValue,
      });
      if (!(Symbol.asyncIterator in result)) {
        if (!stopped) sink.fail((result.errors ?? []).map((error) => subgraphStreamError(serviceName, error)));
        return;
      }
      iterator = result[Symbol.asyncIterator]();
      if (stopped) return release(iterator);
      for (;;) {
        const step = await iterator.next();
        if (stopped) return;
        if (step.done) break;
        sink.next(step.value);
      }
      sink.complete();
    };
    pump().catch((error: unknown) => {
      if (stopped) return;
      stopped = true;
      if (!(error instanceof GraphQLError)) this.logger.error({ err: error, subgraph: serviceName }, 'subscription source failed');
      sink.fail([subgraphStreamError(serviceName, error)]);
    });
    return stop;
  }

  sockets(): Record<string, number> {
    return {};
  }

  async close(): Promise<void> {}

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
