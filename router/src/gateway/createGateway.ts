import { ApolloGateway, type GraphQLDataSource } from '@apollo/gateway';
import type { Logger } from '@media-gateway/runtime';
import { SubgraphDataSource } from './SubgraphDataSource.js';
import { upstreamError } from './upstreamErrors.js';
import { InProcessDataSource, type InProcessSubgraph } from './InProcessDataSource.js';

export type SubgraphTransport =
  | { kind: 'in-process'; subgraphs: InProcessSubgraph[] }
  | { kind: 'http'; urls: Record<string, string>; timeoutMs: number };

/**
 * The gateway over the checked-in supergraph. Subgraph URLs in the supergraph are placeholders; where each
 * subgraph really is comes from configuration (in-process in embedded mode, HTTP otherwise).
 */
export function createGateway(supergraphSdl: string, transport: SubgraphTransport, logger: Logger): ApolloGateway {
  return new ApolloGateway({
    supergraphSdl,
    buildService({ name }): GraphQLDataSource {
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
    },
  });
}
