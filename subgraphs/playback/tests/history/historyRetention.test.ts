import { describe, expect, it } from 'vitest';
import { HISTORY_RETENTION_MS, historyRetentionCutoff } from '../../src/history/historyRetention.js';

describe('historyRetentionCutoff (§10 VPPA: at most 90 days)', () => {
  it('is exactly 90 days before now', () => {
    const now = Date.UTC(2026, 11, 3, 12);
    expect(HISTORY_RETENTION_MS).toBe(90 * 24 * 60 * 60 * 1000);
    expect(historyRetentionCutoff(now)).toBe(Date.UTC(2026, 8, 4, 12));
  });
});
