import { join } from 'node:path';
import { env, LOG_LEVELS, readConfig } from '@media-gateway/runtime';
import { DEFAULT_SEARCH_CACHE_TTL_SECONDS } from './DiscoveryService.js';

export interface DiscoveryConfig {
  /** @default 4003 */
  port: number;
  host: string;
  logLevel: (typeof LOG_LEVELS)[number];
  /** Required: the standalone discovery subgraph runs against a real Postgres. */
  databaseUrl: string;
  /** Shared result cache across replicas; in memory when unset. */
  redisUrl: string | undefined;
  /** Where catalog events come from (`KAFKA_BROKERS`); unset, the read model only has what it already held. */
  kafkaBrokers: string[] | undefined;
  /** Verifies the identity the router forwards; the router's IDENTITY_ASSERTION_SECRET. */
  assertionSecret: string;
  /** The local data directory (HNSW index, built models). @default '.data' */
  dataDir: string;
  embedding: { modelDir: string | undefined; cacheDir: string; allowDownload: boolean };
  qdrant: { url: string | undefined; apiKey: string | undefined };
  /** @default 1800; 0 turns the result cache off */
  searchCacheTtlSeconds: number;
}

export function readDiscoveryConfig(source: Record<string, string | undefined> = process.env): DiscoveryConfig {
  const raw = readConfig(
    {
      DISCOVERY_PORT: env.port(4003),
      HOST: env.string({ default: '0.0.0.0' }),
      LOG_LEVEL: env.oneOf(LOG_LEVELS, 'info'),
      DATABASE_URL: env.url(['postgres', 'postgresql']),
      REDIS_URL: env.url(['redis', 'rediss']).optional(),
      KAFKA_BROKERS: env.hostPorts().optional(),
      IDENTITY_ASSERTION_SECRET: env.secret(32),
      DATA_DIR: env.string({ default: '.data' }),
      EMBEDDING_MODEL_DIR: env.optionalString(),
      EMBEDDING_CACHE_DIR: env.optionalString(),
      EMBEDDING_DOWNLOAD: env.bool(true),
      QDRANT_URL: env.url(['http', 'https']).optional(),
      QDRANT_API_KEY: env.optionalString(),
      SEARCH_CACHE_TTL_SECONDS: env.int({ default: DEFAULT_SEARCH_CACHE_TTL_SECONDS, min: 0, max: 86_400 }),
    },
    source,
  );
  return {
    port: raw.DISCOVERY_PORT,
    host: raw.HOST,
    logLevel: raw.LOG_LEVEL,
    databaseUrl: raw.DATABASE_URL,
    redisUrl: raw.REDIS_URL,
    kafkaBrokers: raw.KAFKA_BROKERS,
    assertionSecret: raw.IDENTITY_ASSERTION_SECRET,
    dataDir: raw.DATA_DIR,
    embedding: {
      modelDir: raw.EMBEDDING_MODEL_DIR,
      cacheDir: raw.EMBEDDING_CACHE_DIR ?? join(raw.DATA_DIR, 'models'),
      allowDownload: raw.EMBEDDING_DOWNLOAD,
    },
    qdrant: { url: raw.QDRANT_URL, apiKey: raw.QDRANT_API_KEY },
    searchCacheTtlSeconds: raw.SEARCH_CACHE_TTL_SECONDS,
  };
}
