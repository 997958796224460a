import { describe, expect, it } from 'vitest';
import { parseAuditQuery } from '../../src/audit/parseAuditQuery.js';

describe('parseAuditQuery (§13)', () => {
  it('defaults to 50 entries per page and no filters', () => {
    expect(parseAuditQuery({})).toEqual({
      ok: true,
      value: { from: null, to: null, userId: null, action: null, resourceType: null, resourceId: null, pageSize: 50, after: null },
    });
  });

  it('keeps every filter', () => {
    const from = new Date('2025-03-01T00:00:00Z');
    const to = new Date('2025-03-02T00:00:00Z');
    expect(
      parseAuditQuery({ from, to, userId: 'u1', action: 'API_KEY_REVOKED', resourceType: 'apiKey', resourceId: 'k1', pageSize: 200, after: 'cursor' }).value,
    ).toEqual({ from, to, userId: 'u1', action: 'API_KEY_REVOKED', resourceType: 'apiKey', resourceId: 'k1', pageSize: 200, after: 'cursor' });
  });

  it.each([
    [{ pageSize: 0 }, 'pageSize must be between 1 and 200, got 0'],
    [{ pageSize: 201 }, 'pageSize must be between 1 and 200, got 201'],
    [{ pageSize: 2.5 }, 'pageSize must be between 1 and 200, got 2.5'],
    [{ from: new Date('2025-03-02T00:00:00Z'), to: new Date('2025-03-01T00:00:00Z') }, 'from must be earlier than to'],
    [{ from: new Date('nope') }, 'from is not a valid date'],
    [{ resourceId: 'k1' }, 'resourceId needs resourceType'],
    [{ userId: '' }, 'userId must be 1 to 200 characters, got 0'],
  ])('rejects %o', (input, problem) => {
    expect(parseAuditQuery(input)).toEqual({ ok: false, problems: [problem] });
  });

  it('names the allowed actions when given an unknown one', () => {
    const result = parseAuditQuery({ action: 'CONTENT_CREATED', pageSize: 500 });
    expect(result.problems).toHaveLength(2);
    expect(result.problems?.[0]).toMatch(/^action must be one of AUTH_LOGIN, AUTH_LOGOUT, .*TOKEN_REPLAY_DETECTED, got "CONTENT_CREATED"$/);
    expect(result.problems?.[1]).toBe('pageSize must be between 1 and 200, got 500');
  });
});
