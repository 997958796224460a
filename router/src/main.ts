import { createLogger, createMetrics, runMain } from '@media-gateway/runtime';
import { readRouterConfig } from './config/routerConfig.js';
import { startProduct } from './startProduct.js';

runMain(async () => {
  const config = readRouterConfig();
  const logger = createLogger({ name: 'router', level: config.logLevel });
  const { router, lifecycle } = await startProduct(config, logger, createMetrics());
  lifecycle.closeOnSignals();
  await router.app.listen({ port: config.port, host: config.host });
  logger.info({ url: `http://localhost:${config.port}/graphql`, mode: config.mode.kind }, 'Media Gateway is ready');
});
