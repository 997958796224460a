import type { GraphQLDataSource } from '@apollo/gateway';
import type { Logger } from '@media-gateway/runtime';
import { InProcessDataSource } from './InProcessDataSource.js';
import { SubgraphDataSource } from './SubgraphDataSource.js';
import type { SubgraphTransport } from './SubgraphTransport.js';
import { upstreamError } from './upstreamErrors.js';

/** The data source for a subgraph by name. */
export type ServiceBuilder = (name: string) => GraphQLDataSource;

/**
 * One data source per subgraph, built once and shared by the gateway (queries, mutations) and the subscription
 * executor (the entity fetches of each event), so both reach a subgraph the same way. Subgraph URLs in the
 * supergraph are placeholders; where each subgraph really is comes from configuration.
 */
export function createServiceBuilder(transport: SubgraphTransport, logger: Logger): ServiceBuilder {
  const built = new Map<string, GraphQLDataSource>();
  const build = (name: string): GraphQLDataSource => {
    if (transport.kind === 'in-process') {
      const subgraph = transport.subgraphs.find((s) => s.name === name);
      if (!subgraph) throw new Error(`The supergraph names subgraph "${name}" but this process does not host it`);
      return new InProcessDataSource(subgraph);
    }
    const url = transport.urls[name];
    if (!url) {
      // The rest of the graph keeps working; this subgraph's fields answer SUBGRAPH_UNAVAILABLE.
      logger.warn({ subgraph: name, setting: `SUBGRAPH_${name.toUpperCase()}_URL` }, 'no URL configured for subgraph');
      return { process: async () => Promise.reject(upstreamError(name, new Error('not configured'), undefined)) };
    }
    return new SubgraphDataSource({ name, url, timeoutMs: transport.timeoutMs, logger });
  };
  return (name) => {
    let source = built.get(name);
    if (!source) {
      source = build(name);
      built.set(name, source);
    }
    return source;
  };
}
