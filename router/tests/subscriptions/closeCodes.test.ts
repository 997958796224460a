import { describe, expect, it } from 'vitest';
import { CLOSE_CODES, GRAPHQL_WS_CLOSE_CODES, closeReason } from '../../src/subscriptions/closeCodes.js';

describe('close codes', () => {
  it('are distinct, outside graphql-ws’s own, with reasons that fit a close frame', () => {
    const codes = Object.values(CLOSE_CODES).map((entry) => entry.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of GRAPHQL_WS_CLOSE_CODES) expect(codes).not.toContain(code);
    for (const entry of Object.values(CLOSE_CODES)) expect(closeReason(entry.reason)).toBe(entry.reason);
    expect(CLOSE_CODES.SLOW_CONSUMER).toMatchObject({ code: 4413, reason: 'slow consumer' });
    expect(CLOSE_CODES.UNAUTHORIZED.code).toBe(4401);
  });

  it('cuts a long reason to 123 bytes on a character boundary', () => {
    const reason = closeReason('é'.repeat(100));
    expect(Buffer.byteLength(reason)).toBeLessThanOrEqual(123);
    expect(reason).toMatch(/^é+\.\.\.$/);
    expect(closeReason('short')).toBe('short');
  });
});
