import { readFileSync } from 'node:fs';
import { Lifecycle, type Logger, type Metrics } from '@media-gateway/runtime';
import { isEmbeddedMode, type RouterConfig } from './config/routerConfig.js';
import { createRouter, type Router } from './createRouter.js';
import { hostSubgraphs } from './embedded/hostSubgraphs.js';
import { remoteReadiness } from './gateway/remoteReadiness.js';
import { SUPERGRAPH_PATH } from './supergraphPath.js';

export interface Product {
  router: Router;
  lifecycle: Lifecycle;
}

/** Starts the router with its subgraphs hosted in-process (embedded) or reached over HTTP (distributed). */
export async function startProduct(config: RouterConfig, logger: Logger, metrics: Metrics): Promise<Product> {
  const lifecycle = new Lifecycle(logger);
  try {
    const supergraphSdl = readFileSync(SUPERGRAPH_PATH, 'utf8');
    const { mode } = config;
    const hosted = isEmbeddedMode(mode)
      ? await hostSubgraphs(mode, logger, metrics, lifecycle)
      : { subgraphs: [], readiness: remoteReadiness(mode.subgraphUrls), facts: { mode: 'distributed' } };
    const router = await createRouter({
      config,
      logger,
      metrics,
      supergraphSdl,
      transport: isEmbeddedMode(mode) ? { kind: 'in-process', subgraphs: hosted.subgraphs } : { kind: 'http', urls: mode.subgraphUrls },
      readiness: hosted.readiness,
      describe: () => hosted.facts,
    });
    lifecycle.add('router', () => router.close());
    return { router, lifecycle };
  } catch (error) {
    await lifecycle.close();
    throw error;
  }
}
