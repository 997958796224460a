import { startHttpBridge } from '@media-gateway/mcp';
import { createLogger, createMetrics, runMain } from '@media-gateway/runtime';
import { isEmbeddedMode, readRouterConfig } from './config/routerConfig.js';
import { startProduct } from './startProduct.js';

runMain(async () => {
  const config = readRouterConfig();
  const logger = createLogger({ name: 'router', level: config.logLevel });
  const { router, lifecycle } = await startProduct(config, logger, createMetrics());
  lifecycle.closeOnSignals();
  await router.app.listen({ port: config.port, host: config.host });
  logger.info({ url: `http://localhost:${config.port}/graphql`, mode: config.mode.kind }, 'Media Gateway is ready');
  if (isEmbeddedMode(config.mode) && config.mode.mcpBridge) {
    // The bridge calls this router over HTTP like any client, and accepts the tokens its embedded identity issues.
    const bridge = await startHttpBridge({
      routerUrl: `http://127.0.0.1:${config.port}`,
      issuer: `${config.publicUrl}/oidc`,
      port: config.mode.mcpBridge.port,
      ...(config.redisUrl ? { redisUrl: config.redisUrl } : {}),
      logger: createLogger({ name: 'mcp', level: config.logLevel }),
    });
    lifecycle.add('mcp bridge', () => bridge.close());
    logger.info({ url: bridge.url }, 'MCP bridge is ready');
  }
});
