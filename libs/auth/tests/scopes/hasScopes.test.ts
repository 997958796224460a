import { describe, expect, it } from 'vitest';
import { hasScopes } from '@media-gateway/auth';

describe('hasScopes (@requiresScopes: outer OR, inner AND)', () => {
  const granted = ['read:content', 'read:watchlist', 'write:watchlist'];

  it.each([
    [[['read:content']], true],
    [[['read:watchlist', 'write:watchlist']], true],
    [[['read:watchlist', 'admin:users']], false],
    [[['admin:users'], ['read:content']], true],
    [[['admin:users'], ['admin:system', 'read:content']], false],
  ])('%j → %s', (required, expected) => {
    expect(hasScopes(granted, required)).toBe(expected);
  });

  it('fails closed on no alternatives and passes an empty alternative, as the logic says', () => {
    expect(hasScopes(granted, [])).toBe(false);
    expect(hasScopes([], [[]])).toBe(true);
  });

  it('matches scopes exactly', () => {
    expect(hasScopes(['admin:users'], [['admin']])).toBe(false);
    expect(hasScopes(['READ:CONTENT'], [['read:content']])).toBe(false);
  });
});
