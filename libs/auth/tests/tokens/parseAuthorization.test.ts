import { describe, expect, it } from 'vitest';
import { API_KEY_PREFIX, parseAuthorization } from '@media-gateway/auth';

const KEY = `${API_KEY_PREFIX}${'a1B2'.repeat(8)}`;

describe('parseAuthorization', () => {
  it.each([
    [undefined, { kind: 'none' }],
    [null, { kind: 'none' }],
    ['', { kind: 'none' }],
    ['   ', { kind: 'none' }],
    ['Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln', { kind: 'bearer', token: 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln' }],
    ['bearer abc.def.ghi', { kind: 'bearer', token: 'abc.def.ghi' }],
    ['  BEARER   abc.def.ghi  ', { kind: 'bearer', token: 'abc.def.ghi' }],
    [`Bearer ${KEY}`, { kind: 'api_key', key: KEY }],
  ])('reads %j', (header, expected) => {
    expect(parseAuthorization(header)).toEqual(expected);
  });

  it.each([
    ['another scheme', 'Basic dXNlcjpwYXNz', '"Bearer <token>"'],
    ['a scheme with no token', 'Bearer', '"Bearer <token>"'],
    ['a token with spaces', 'Bearer abc def', '"Bearer <token>"'],
    ['a token with characters a token cannot have', 'Bearer abc,def', 'characters'],
  ])('refuses %s with TOKEN_MALFORMED instead of reading it as anonymous', (_name, header, message) => {
    expect(() => parseAuthorization(header)).toThrow(expect.objectContaining({ code: 'TOKEN_MALFORMED', message: expect.stringContaining(message) }));
  });
});
