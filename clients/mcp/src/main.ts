import { createLogger, runMain } from '@media-gateway/runtime';
import { USAGE, readBridgeConfig } from './config/readBridgeConfig.js';
import { runStdioBridge } from './runStdioBridge.js';
import { startHttpBridge } from './startHttpBridge.js';

// The `media-gateway-mcp` bin. In stdio mode stdout carries the protocol: every log line goes to stderr.
runMain(async () => {
  const config = readBridgeConfig(process.argv.slice(2));
  if (config.transport === 'help') {
    process.stdout.write(USAGE);
    return;
  }
  const logger = createLogger({ name: 'mcp', level: config.logLevel, destination: process.stderr });
  if (config.transport === 'stdio') {
    // No process.exit after it: stdout is a pipe, written asynchronously, and exiting would drop the last answers.
    await runStdioBridge({ ...config.bridge, logger, ...(config.token ? { token: config.token } : {}) });
    return;
  }
  const running = await startHttpBridge({
    ...config.bridge,
    logger,
    port: config.port,
    host: config.host,
    ...(config.publicUrl ? { publicUrl: config.publicUrl } : {}),
    ...(config.allowedHosts ? { allowedHosts: config.allowedHosts } : {}),
    ...(config.allowedOrigins ? { allowedOrigins: config.allowedOrigins } : {}),
  });
  process.stderr.write(`media-gateway-mcp: listening at ${running.url}\n`);
  const stop = () => void running.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
});
