import { describe, expect, it } from 'vitest';
import { GRANT_ID_CLAIM, revocationCheckFor, type VerifiedAccessToken } from '@media-gateway/auth';

const token = (claims: Record<string, unknown>): VerifiedAccessToken => ({
  sub: 'user-1',
  scopes: [],
  clientId: 'web',
  tokenId: 'jti-1',
  expiresAt: new Date('2026-03-01T11:00:00Z'),
  claims: { sub: 'user-1', jti: 'jti-1', ...claims },
});

describe('revocationCheckFor', () => {
  it('reads sub, jti, iat and the grant id from the §6 token_family_id claim', () => {
    expect(GRANT_ID_CLAIM).toBe('token_family_id');
    expect(revocationCheckFor(token({ iat: 1_772_359_200, token_family_id: 'grant-1' }))).toEqual({
      sub: 'user-1',
      jti: 'jti-1',
      iat: new Date('2026-03-01T10:00:00Z'),
      grantId: 'grant-1',
    });
  });

  it('leaves the grant out when the token names none, or names it with something other than a string', () => {
    expect(revocationCheckFor(token({ iat: 1_772_359_200 }))).not.toHaveProperty('grantId');
    expect(revocationCheckFor(token({ iat: 1_772_359_200, token_family_id: 42 }))).not.toHaveProperty('grantId');
    expect(revocationCheckFor(token({ iat: 1_772_359_200, token_family_id: '' }))).not.toHaveProperty('grantId');
  });

  it('takes a token without iat as issued at the epoch, so any cut-off of its user covers it', () => {
    expect(revocationCheckFor(token({})).iat).toEqual(new Date(0));
  });
});
