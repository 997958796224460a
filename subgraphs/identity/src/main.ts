import { createLogger, runMain } from '@media-gateway/runtime';
import { readIdentityConfig } from './config.js';
import { startIdentityServer } from './server/startIdentityServer.js';

// The identity subgraph and its OAuth server on their own, against a real Postgres: `npm start -w subgraphs/identity`.
runMain(async () => {
  const config = readIdentityConfig();
  const logger = createLogger({ name: 'identity', level: config.logLevel });
  const { app, identity, lifecycle } = await startIdentityServer(config, logger);
  lifecycle.closeOnSignals();
  await app.listen({ port: config.port, host: config.host });
  logger.info({ url: `http://localhost:${config.port}/graphql`, issuer: identity.issuer, mail: config.smtp ? 'smtp' : 'outbox' }, 'identity subgraph is ready');
});
