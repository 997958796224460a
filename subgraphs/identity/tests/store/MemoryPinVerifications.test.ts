import { MemoryPinVerifications } from '../../src/store/MemoryPinVerifications.js';
import { pinVerificationsContract } from './pinVerificationsContract.js';

pinVerificationsContract('memory', { create: async () => new MemoryPinVerifications(() => new Date('2026-03-01T12:00:00Z')) });
