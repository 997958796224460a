/** The Redis the test run detected, or undefined (Redis-only suites then skip, saying why). */
export function testRedisUrl(): string | undefined {
  return process.env.MG_TEST_REDIS_URL || undefined;
}

export const REDIS_SKIP_REASON = 'no Redis reachable: set REDIS_URL or start Redis on 127.0.0.1:6379';
