import { MemoryAttemptLimiter } from '../../src/store/MemoryAttemptLimiter.js';
import { attemptLimiterContract } from './attemptLimiterContract.js';

attemptLimiterContract('memory', { create: async () => new MemoryAttemptLimiter() });
