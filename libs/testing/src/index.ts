export { detectBackends, redact } from './detectBackends.js';
export { testRedisUrl, REDIS_SKIP_REASON } from './testRedisUrl.js';
export { createTestDatabase } from './createTestDatabase.js';
export { testRedisClients } from './testRedisClients.js';
export { testModelCacheDir } from './testModelCacheDir.js';
export { freePort } from './freePort.js';

export type { Backends } from './detectBackends.js';
export type { TestDatabase } from './createTestDatabase.js';
export type { TestRedisClients } from './testRedisClients.js';
