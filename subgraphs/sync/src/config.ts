import { env, LOG_LEVELS, readConfig } from '@media-gateway/runtime';

export interface SyncConfig {
  /** @default 4004 */
  port: number;
  host: string;
  logLevel: (typeof LOG_LEVELS)[number];
  /** Required: the standalone sync subgraph runs against a real Postgres. */
  databaseUrl: string;
  /**
   * Pub/sub, presence and remote commands across replicas. Unset, they live in this process: fine for one replica,
   * but a second one would neither see the first's devices nor hear its library changes.
   */
  redisUrl: string | undefined;
  /** Where playback events come from and sync's outbox goes to (`KAFKA_BROKERS`); unset, neither flows. */
  kafkaBrokers: string[] | undefined;
  /** Verifies the identity the router forwards; the router's IDENTITY_ASSERTION_SECRET. */
  assertionSecret: string;
}

export function readSyncConfig(source: Record<string, string | undefined> = process.env): SyncConfig {
  const raw = readConfig(
    {
      SYNC_PORT: env.port(4004),
      HOST: env.string({ default: '0.0.0.0' }),
      LOG_LEVEL: env.oneOf(LOG_LEVELS, 'info'),
      DATABASE_URL: env.url(['postgres', 'postgresql']),
      REDIS_URL: env.url(['redis', 'rediss']).optional(),
      KAFKA_BROKERS: env.hostPorts().optional(),
      IDENTITY_ASSERTION_SECRET: env.secret(32),
    },
    source,
  );
  return {
    port: raw.SYNC_PORT,
    host: raw.HOST,
    logLevel: raw.LOG_LEVEL,
    databaseUrl: raw.DATABASE_URL,
    redisUrl: raw.REDIS_URL,
    kafkaBrokers: raw.KAFKA_BROKERS,
    assertionSecret: raw.IDENTITY_ASSERTION_SECRET,
  };
}
