import { describe, expect, it } from 'vitest';
import { hashPin } from '../../src/household/hashPin.js';
import { parsePin } from '../../src/household/parsePin.js';
import { PIN_VERIFIED_FOR_SECONDS, pinStillVerified } from '../../src/household/pinStillVerified.js';
import { verifyPin } from '../../src/household/verifyPin.js';

describe('parsePin', () => {
  it('accepts exactly four ASCII digits', () => {
    expect(parsePin('0427')).toEqual({ ok: true, value: '0427' });
  });

  it.each(['123', '12345', '12a4', ' 1234', '12-34', '１２３４', ''])('rejects %j', (raw) => {
    expect(parsePin(raw)).toEqual({ ok: false, problems: ['pin must be exactly 4 digits'] });
  });
});

describe('hashPin / verifyPin', { timeout: 10_000 }, () => {
  it('round-trips with bcrypt and rejects a wrong PIN', async () => {
    const stored = await hashPin('0427');
    expect(stored).toMatch(/^\$2[aby]\$10\$/);
    expect(await verifyPin('0427', stored)).toBe(true);
    expect(await verifyPin('0428', stored)).toBe(false);
    expect(await verifyPin('427', stored)).toBe(false);
  });

  it('refuses to hash a malformed PIN', () => {
    expect(() => hashPin('12345')).toThrow(new TypeError('pin must be exactly 4 digits; run parsePin on user input first'));
  });
});

describe('pinStillVerified (5 minutes)', () => {
  const verifiedAt = new Date('2025-03-01T12:00:00Z');
  const after = (seconds: number) => new Date(verifiedAt.getTime() + seconds * 1000);

  it('holds for five minutes, end exclusive', () => {
    expect(PIN_VERIFIED_FOR_SECONDS).toBe(300);
    expect(pinStillVerified(verifiedAt, after(0))).toBe(true);
    expect(pinStillVerified(verifiedAt, after(299.999))).toBe(true);
    expect(pinStillVerified(verifiedAt, after(300))).toBe(false);
  });

  it('is false when never verified, and tolerates 60 s of clock skew only', () => {
    expect(pinStillVerified(null, verifiedAt)).toBe(false);
    expect(pinStillVerified(verifiedAt, after(-30))).toBe(true);
    expect(pinStillVerified(verifiedAt, after(-61))).toBe(false);
  });
});
