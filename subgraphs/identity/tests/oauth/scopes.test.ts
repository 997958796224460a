import { describe, expect, it } from 'vitest';
import { API_SCOPES, apiScopesForRole } from '../../src/oauth/scopes.js';

describe('apiScopesForRole', () => {
  it('withholds admin scopes from everyone but admins', () => {
    expect(apiScopesForRole('free')).not.toContain('admin:users');
    expect(apiScopesForRole('premium').some((scope) => scope.startsWith('admin:'))).toBe(false);
    expect(apiScopesForRole('free')).toContain('write:watchlist');
    expect(apiScopesForRole('admin')).toEqual([...API_SCOPES]);
  });

  it('leaves a request without an end-user (client credentials) to the client allow-list', () => {
    expect(apiScopesForRole(undefined)).toEqual([...API_SCOPES]);
  });
});
