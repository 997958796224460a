import { ApolloGateway } from '@apollo/gateway';
import type { ServiceBuilder } from './createServiceBuilder.js';

/** The gateway over the checked-in supergraph, reaching each subgraph through `buildService`. */
export function createGateway(supergraphSdl: string, buildService: ServiceBuilder): ApolloGateway {
  return new ApolloGateway({ supergraphSdl, buildService: ({ name }) => buildService(name) });
}
