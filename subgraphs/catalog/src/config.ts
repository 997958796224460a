import { env, LOG_LEVELS, readConfig } from '@media-gateway/runtime';

export interface CatalogConfig {
  /** @default 4001 */
  port: number;
  host: string;
  logLevel: (typeof LOG_LEVELS)[number];
  /** Required: the standalone catalog always runs against a real Postgres. */
  databaseUrl: string;
  /** Serve DEMO offers for films without real availability. @default true */
  demoOffers: boolean;
  /** Import the seed datasets at start when they changed since the last import. @default true */
  ingestOnStart: boolean;
  /**
   * Kafka brokers (`KAFKA_BROKERS`, comma-separated `host:port`) the outbox relay publishes catalog events to. Unset:
   * no relay runs, and events wait in `catalog.outbox_event` until a broker is configured.
   * @example ['kafka-0:9092', 'kafka-1:9092']
   */
  kafkaBrokers: string[] | undefined;
  /**
   * Redis (`REDIS_URL`) carrying availability changes between catalog replicas: an import on one reaches
   * `availabilityChanged` subscribers on every other. Unset: in-process only, right for a single replica.
   */
  redisUrl: string | undefined;
}

export function readCatalogConfig(source: Record<string, string | undefined> = process.env): CatalogConfig {
  const raw = readConfig(
    {
      CATALOG_PORT: env.port(4001),
      HOST: env.string({ default: '0.0.0.0' }),
      LOG_LEVEL: env.oneOf(LOG_LEVELS, 'info'),
      DATABASE_URL: env.url(['postgres', 'postgresql']),
      CATALOG_DEMO_OFFERS: env.bool(true),
      CATALOG_INGEST_ON_START: env.bool(true),
      KAFKA_BROKERS: env.hostPorts().optional(),
      REDIS_URL: env.url(['redis', 'rediss']).optional(),
    },
    source,
  );
  return {
    port: raw.CATALOG_PORT,
    host: raw.HOST,
    logLevel: raw.LOG_LEVEL,
    databaseUrl: raw.DATABASE_URL,
    demoOffers: raw.CATALOG_DEMO_OFFERS,
    ingestOnStart: raw.CATALOG_INGEST_ON_START,
    kafkaBrokers: raw.KAFKA_BROKERS,
    redisUrl: raw.REDIS_URL,
  };
}

