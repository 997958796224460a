import { fileURLToPath } from 'node:url';

/** The composed supergraph checked in at `schema/supergraph.graphql` (built by `npm run compose`). */
export const SUPERGRAPH_PATH = fileURLToPath(new URL('../../schema/supergraph.graphql', import.meta.url));
