import type { DocumentNode } from 'graphql';
import { composeServices } from '@apollo/composition';
import { createAuthenticator, createRouter, type InProcessSubgraph, type Router } from '@media-gateway/router';
import { createLogger, createMetrics } from '@media-gateway/runtime';

export interface FixtureSubgraph extends InProcessSubgraph {
  url: string;
  typeDefs: DocumentNode;
}

/**
 * A router over fixture subgraphs (composed here, hosted in-process) listening on a free port, with the default
 * limits: for scenarios the real schema can't express. `authenticate` defaults to anonymous-only.
 */
export async function startFixtureRouter(
  subgraphs: FixtureSubgraph[],
  authenticate: Parameters<typeof createRouter>[0]['authenticate'] = createAuthenticator({ assertionSecret: 'fixture-router-secret-at-least-32-chars' }),
): Promise<{ router: Router; endpoint: string }> {
  const composed = composeServices(subgraphs.map(({ name, url, typeDefs }) => ({ name, url, typeDefs })));
  if (composed.errors) throw composed.errors[0];
  const router = await createRouter({
    config: { limits: { maxDepth: 7, maxCost: 1000, maxAliases: 15, maxQueryLength: 20_000 } },
    logger: createLogger({ name: 'router', level: 'silent' }),
    metrics: createMetrics({ collectDefaults: false }),
    supergraphSdl: composed.supergraphSdl,
    transport: { kind: 'in-process', subgraphs },
    readiness: {},
    authenticate,
  });
  await router.app.listen({ port: 0, host: '127.0.0.1' });
  const address = router.app.server.address();
  return { router, endpoint: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/graphql` };
}
