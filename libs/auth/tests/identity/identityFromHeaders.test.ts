import { describe, expect, it } from 'vitest';
import { IDENTITY_HEADER, identityFromHeaders, signIdentityAssertion, type Identity } from '@media-gateway/auth';

const SECRET = 'router-and-subgraphs-share-this-32+-byte-secret';
const USER: Identity = { kind: 'user', userId: 'u-1', role: 'premium', scopes: ['read:content'] };

describe('identityFromHeaders', () => {
  it('names the header x-mg-identity', () => {
    expect(IDENTITY_HEADER).toBe('x-mg-identity');
  });

  it('reads a signed identity from fetch Headers and from Node header objects', async () => {
    const token = await signIdentityAssertion(USER, { secret: SECRET });
    await expect(identityFromHeaders(new Headers({ 'X-MG-Identity': token }), { secret: SECRET })).resolves.toEqual(USER);
    await expect(identityFromHeaders({ 'x-mg-identity': token, host: 'catalog' }, { secret: SECRET })).resolves.toEqual(USER);
    await expect(identityFromHeaders({ 'X-Mg-Identity': [token] }, { secret: SECRET })).resolves.toEqual(USER);
  });

  it('treats a missing header as anonymous', async () => {
    await expect(identityFromHeaders(new Headers(), { secret: SECRET })).resolves.toEqual({ kind: 'anonymous' });
    await expect(identityFromHeaders({ 'x-mg-identity': undefined }, { secret: SECRET })).resolves.toEqual({ kind: 'anonymous' });
  });

  it.each([
    ['empty', { 'x-mg-identity': '' }, 'empty'],
    ['forged', { 'x-mg-identity': 'eyJhbGciOiJIUzI1NiJ9.eyJtZ19pZGVudGl0eSI6eyJraW5kIjoiYW5vbnltb3VzIn19.AAAA' }, 'rejected'],
    ['repeated', { 'x-mg-identity': ['a', 'b'] }, 'sent 2 times'],
  ])('refuses a present but %s header instead of treating it as anonymous', async (_name, headers, message) => {
    await expect(identityFromHeaders(headers, { secret: SECRET })).rejects.toMatchObject({ code: 'IDENTITY_INVALID', message: expect.stringContaining(message) });
  });

  it('refuses two headers differing only in case', async () => {
    const token = await signIdentityAssertion(USER, { secret: SECRET });
    await expect(identityFromHeaders({ 'x-mg-identity': token, 'X-MG-IDENTITY': token }, { secret: SECRET })).rejects.toMatchObject({ code: 'IDENTITY_INVALID' });
  });

  it('refuses an expired assertion with IDENTITY_EXPIRED', async () => {
    const signedAt = new Date('2025-03-01T12:00:00Z');
    const token = await signIdentityAssertion(USER, { secret: SECRET, now: signedAt });
    await expect(identityFromHeaders({ 'x-mg-identity': token }, { secret: SECRET, now: new Date(signedAt.getTime() + 120_000) })).rejects.toMatchObject({
      code: 'IDENTITY_EXPIRED',
    });
  });

  it('checks the secret even when the header is absent, so a misconfigured subgraph fails on its first request', async () => {
    await expect(identityFromHeaders(new Headers(), { secret: 'short' })).rejects.toThrow(new TypeError('options.secret must be at least 32 bytes, got 5'));
  });
});
