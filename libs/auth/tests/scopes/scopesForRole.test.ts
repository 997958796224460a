import { describe, expect, it } from 'vitest';
import { DEVICE_LIMITS, ROLES, SCOPES, deviceLimitForRole, hasScopes, isRole, isScope, parseRole, scopesForRole } from '@media-gateway/auth';

describe('scopes and roles', () => {
  it('lists the §6 OAuth scopes plus explorer', () => {
    expect(SCOPES).toEqual([
      'read:content',
      'read:preferences',
      'write:preferences',
      'read:watchlist',
      'write:watchlist',
      'read:recommendations',
      'read:devices',
      'write:devices',
      'write:playback',
      'read:history',
      'write:ratings',
      'offline_access',
      'admin:users',
      'admin:system',
      'admin:analytics',
      'explorer',
    ]);
    expect([isScope('explorer'), isScope('admin:full'), isScope(42)]).toEqual([true, false, false]);
  });

  it('gives each role only known scopes', () => {
    for (const role of ROLES) expect(scopesForRole(role).every(isScope)).toBe(true);
  });

  it('lets anonymous callers read content only', () => {
    expect(scopesForRole('anonymous')).toEqual(['read:content']);
  });

  it('gives free users the personal scopes but neither history export nor admin', () => {
    const free = scopesForRole('free');
    expect(hasScopes(free, [['write:watchlist', 'write:preferences', 'write:devices', 'offline_access']])).toBe(true);
    expect(free).not.toContain('read:history');
    expect(free.some((s) => s.startsWith('admin:'))).toBe(false);
  });

  it('gives premium everything free has plus read:history', () => {
    expect(scopesForRole('premium')).toEqual([...scopesForRole('free'), 'read:history']);
  });

  it('gives admins every scope and service accounts no user data', () => {
    expect(scopesForRole('admin')).toEqual(SCOPES);
    expect(scopesForRole('service')).toEqual(['read:content', 'read:recommendations', 'explorer']);
  });

  it.each([
    ['free', 'free'],
    ['FreeUser', 'free'],
    ['premium_user', 'premium'],
    ['PremiumUser', 'premium'],
    ['Admin', 'admin'],
    ['ServiceAccount', 'service'],
    ['service-account', 'service'],
    ['Anonymous', 'anonymous'],
    ['moderator', undefined],
    [7, undefined],
  ])('parses the role %j as %j', (value, expected) => {
    expect(parseRole(value)).toBe(expected);
  });

  it('recognises only canonical role names in isRole', () => {
    expect([isRole('free'), isRole('FreeUser')]).toEqual([true, false]);
  });

  it('caps devices at 2 for free, 10 for premium, none for admin', () => {
    expect(DEVICE_LIMITS).toEqual({ anonymous: 0, free: 2, premium: 10, admin: null, service: 0 });
    expect(deviceLimitForRole('premium')).toBe(10);
  });
});
