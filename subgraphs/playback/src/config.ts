import { env, LOG_LEVELS, readConfig } from '@media-gateway/runtime';

export interface PlaybackConfig {
  /** @default 4005 */
  port: number;
  host: string;
  logLevel: (typeof LOG_LEVELS)[number];
  /** Required: the standalone playback subgraph runs against a real Postgres. */
  databaseUrl: string;
  /**
   * Sessions, presence, remote commands and session-change fan-out. Unset, they live in this process: fine alone,
   * but then presence is not the one the sync subgraph writes, so only set it unset for trying things out.
   */
  redisUrl: string | undefined;
  /** Where sync, catalog and identity events come from and playback's own go (`KAFKA_BROKERS`). */
  kafkaBrokers: string[] | undefined;
  /** Verifies the identity the router forwards; the router's IDENTITY_ASSERTION_SECRET. */
  assertionSecret: string;
}

export function readPlaybackConfig(source: Record<string, string | undefined> = process.env): PlaybackConfig {
  const raw = readConfig(
    {
      PLAYBACK_PORT: env.port(4005),
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
    port: raw.PLAYBACK_PORT,
    host: raw.HOST,
    logLevel: raw.LOG_LEVEL,
    databaseUrl: raw.DATABASE_URL,
    redisUrl: raw.REDIS_URL,
    kafkaBrokers: raw.KAFKA_BROKERS,
    assertionSecret: raw.IDENTITY_ASSERTION_SECRET,
  };
}
