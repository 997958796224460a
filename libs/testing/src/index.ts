export { detectBackends, redact } from './detectBackends.js';
export { testRedisUrl, REDIS_SKIP_REASON } from './testRedisUrl.js';

export type { Backends } from './detectBackends.js';
