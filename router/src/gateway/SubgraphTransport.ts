import type { InProcessSubgraph } from './InProcessDataSource.js';

/** Where the subgraphs are: in this process (embedded mode) or behind HTTP (and graphql-ws) URLs. */
export type SubgraphTransport =
  | { kind: 'in-process'; subgraphs: InProcessSubgraph[] }
  | { kind: 'http'; urls: Record<string, string>; timeoutMs: number };
