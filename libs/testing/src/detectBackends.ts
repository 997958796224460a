import { Redis } from 'ioredis';
import pg from 'pg';

export interface Backends {
  /** A server we may CREATE DATABASE on, or null when tests fall back to embedded PGlite. */
  postgresAdminUrl: string | null;
  redisUrl: string | null;
  postgresSource: 'DATABASE_URL' | 'local' | 'embedded';
  redisSource: 'REDIS_URL' | 'local' | 'none';
}

const LOCAL_POSTGRES = 'postgresql://postgres@127.0.0.1:5432/postgres';
const LOCAL_REDIS = 'redis://127.0.0.1:6379';

/**
 * Tests use DATABASE_URL / REDIS_URL when set, else the local services on their default ports when they answer,
 * else embedded PGlite (and no Redis: Redis-only tests skip with a printed reason).
 */
export async function detectBackends(environment: NodeJS.ProcessEnv = process.env): Promise<Backends> {
  const [postgres, redis] = await Promise.all([
    detectPostgres(environment.DATABASE_URL),
    detectRedis(environment.REDIS_URL),
  ]);
  return { ...postgres, ...redis };
}

async function detectPostgres(configured: string | undefined) {
  if (configured) {
    if (!(await postgresAnswers(configured))) throw new Error(`DATABASE_URL is set but Postgres does not answer at ${redact(configured)}`);
    return { postgresAdminUrl: configured, postgresSource: 'DATABASE_URL' as const };
  }
  if (await postgresAnswers(LOCAL_POSTGRES)) return { postgresAdminUrl: LOCAL_POSTGRES, postgresSource: 'local' as const };
  return { postgresAdminUrl: null, postgresSource: 'embedded' as const };
}

async function detectRedis(configured: string | undefined) {
  if (configured) {
    if (!(await redisAnswers(configured))) throw new Error(`REDIS_URL is set but Redis does not answer at ${redact(configured)}`);
    return { redisUrl: configured, redisSource: 'REDIS_URL' as const };
  }
  if (await redisAnswers(LOCAL_REDIS)) return { redisUrl: LOCAL_REDIS, redisSource: 'local' as const };
  return { redisUrl: null, redisSource: 'none' as const };
}

async function postgresAnswers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1500 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

async function redisAnswers(url: string): Promise<boolean> {
  const redis = new Redis(url, { lazyConnect: true, connectTimeout: 1500, maxRetriesPerRequest: 0, enableOfflineQueue: false, retryStrategy: () => null });
  redis.on('error', () => {});
  try {
    await redis.connect();
    return (await redis.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    redis.disconnect();
  }
}

export function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparseable URL)';
  }
}
