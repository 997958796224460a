import { env, LOG_LEVELS, readConfig } from '@media-gateway/runtime';

export interface RecommendationsConfig {
  /** @default 4006 */
  port: number;
  host: string;
  logLevel: (typeof LOG_LEVELS)[number];
  /** Required: the standalone recommendations subgraph runs against a real Postgres. */
  databaseUrl: string;
  /** Where catalog, identity and sync events come from (`KAFKA_BROKERS`). */
  kafkaBrokers: string[] | undefined;
  /** Verifies the identity the router forwards; the router's IDENTITY_ASSERTION_SECRET. */
  assertionSecret: string;
  /** Retrain when interactions changed, at most this often. @default 600 */
  trainIntervalSeconds: number;
}

export function readRecommendationsConfig(source: Record<string, string | undefined> = process.env): RecommendationsConfig {
  const raw = readConfig(
    {
      RECOMMENDATIONS_PORT: env.port(4006),
      HOST: env.string({ default: '0.0.0.0' }),
      LOG_LEVEL: env.oneOf(LOG_LEVELS, 'info'),
      DATABASE_URL: env.url(['postgres', 'postgresql']),
      KAFKA_BROKERS: env.hostPorts().optional(),
      IDENTITY_ASSERTION_SECRET: env.secret(32),
      RECS_TRAIN_INTERVAL_SECONDS: env.int({ default: 600, min: 1, max: 86_400 }),
    },
    source,
  );
  return {
    port: raw.RECOMMENDATIONS_PORT,
    host: raw.HOST,
    logLevel: raw.LOG_LEVEL,
    databaseUrl: raw.DATABASE_URL,
    kafkaBrokers: raw.KAFKA_BROKERS,
    assertionSecret: raw.IDENTITY_ASSERTION_SECRET,
    trainIntervalSeconds: raw.RECS_TRAIN_INTERVAL_SECONDS,
  };
}
