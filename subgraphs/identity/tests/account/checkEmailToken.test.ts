import { describe, expect, it } from 'vitest';
import { checkEmailToken } from '../../src/account/checkEmailToken.js';
import { issueEmailToken } from '../../src/account/issueEmailToken.js';

const issuedAt = new Date('2025-03-01T12:00:00Z');
const at = (iso: string) => new Date(iso);

describe('checkEmailToken', () => {
  const { token, tokenHash, expiresAt } = issueEmailToken('RESET_PASSWORD', issuedAt);
  const fresh = { tokenHash, expiresAt, usedAt: null };

  it('redeems the right token before expiry', () => {
    expect(checkEmailToken(fresh, token, at('2025-03-01T12:59:59.999Z'))).toBe('ok');
  });

  it('tolerates whitespace and upper-case hex from mail clients', () => {
    expect(checkEmailToken(fresh, ` ${token.toUpperCase()}\n`, issuedAt)).toBe('ok');
  });

  it('is expired from expiresAt on', () => {
    expect(checkEmailToken(fresh, token, at('2025-03-01T13:00:00Z'))).toBe('expired');
  });

  it('is used once usedAt is set, even before expiry', () => {
    expect(checkEmailToken({ ...fresh, usedAt: at('2025-03-01T12:10:00Z') }, token, at('2025-03-01T12:20:00Z'))).toBe('used');
  });

  it('says only mismatch to someone without the token, whatever the stored state', () => {
    const other = issueEmailToken('RESET_PASSWORD', issuedAt).token;
    expect(checkEmailToken(fresh, other, issuedAt)).toBe('mismatch');
    expect(checkEmailToken({ ...fresh, usedAt: issuedAt }, other, at('2025-03-09T00:00:00Z'))).toBe('mismatch');
    expect(checkEmailToken(fresh, '', issuedAt)).toBe('mismatch');
  });
});
