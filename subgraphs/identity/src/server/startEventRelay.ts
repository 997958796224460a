import { createPrismaClient } from '@media-gateway/db';
import { KafkaEventBus, OutboxRelay } from '@media-gateway/events';
import type { Lifecycle, Logger } from '@media-gateway/runtime';
import type { IdentityConfig } from '../config.js';
import { IDENTITY_OUTBOX_SCHEMA } from '../events/identityOutbox.js';

/**
 * Publishes the identity outbox (preferences, consents, account erasure) to Kafka when brokers are configured. The
 * relay has a pool of its own (one connection): its polling neither waits behind requests nor counts in the request
 * pool's metrics. In the router's embedded mode the router relays this outbox to its in-process bus instead.
 */
export function startEventRelay(config: Pick<IdentityConfig, 'databaseUrl' | 'kafkaBrokers'>, logger: Logger, lifecycle: Lifecycle): void {
  if (!config.kafkaBrokers) {
    logger.info({ outbox: `${IDENTITY_OUTBOX_SCHEMA}.outbox_event` }, 'KAFKA_BROKERS not set: identity events stay in the outbox until a broker is configured');
    return;
  }
  const bus = new KafkaEventBus({ brokers: config.kafkaBrokers, clientId: 'identity', logger });
  lifecycle.add('event bus', () => bus.close());
  const relayDb = createPrismaClient({ connectionString: config.databaseUrl, poolMax: 1, logger });
  lifecycle.add('outbox relay database pool', () => relayDb.dispose());
  const relay = new OutboxRelay({ prisma: relayDb.prisma, schema: IDENTITY_OUTBOX_SCHEMA, bus, logger });
  relay.start();
  lifecycle.add('outbox relay', () => relay.stop());
  logger.info({ brokers: config.kafkaBrokers }, 'identity events relayed to Kafka');
}
