import { describe, expect, it } from 'vitest';
import { UpstreamCookie } from '../../src/oauth/UpstreamCookie.js';

const NOW = new Date('2026-06-01T12:00:00Z');
const KEY = 'upstream-cookie-test-key-0123456789abcdef';
const cookie = new UpstreamCookie({ keys: [KEY], path: '/oidc/upstream/', secure: true });
const valueOf = (setCookie: string) => setCookie.split(';')[0]!;
const later = (seconds: number) => new Date(NOW.getTime() + seconds * 1000);

describe('UpstreamCookie', () => {
  it('is httpOnly, SameSite=Lax, scoped to the callbacks, and lives 10 minutes', () => {
    const header = cookie.set({ uid: 'uid-1', provider: 'google' }, NOW);
    expect(header).toMatch(/^mg_upstream=[\w-]+\.[\w-]+; Path=\/oidc\/upstream\/; Max-Age=600; HttpOnly; SameSite=Lax; Secure$/);
    expect(cookie.clear()).toBe('mg_upstream=; Path=/oidc/upstream/; Max-Age=0; HttpOnly; SameSite=Lax; Secure');
  });

  it('reads back what it set, among other cookies, until it expires', () => {
    const header = `other=1; ${valueOf(cookie.set({ uid: 'uid-1', provider: 'google' }, NOW))}; last=2`;
    expect(cookie.read(header, later(599))).toEqual({ uid: 'uid-1', provider: 'google' });
    expect(cookie.read(header, later(600))).toBeNull();
  });

  it('refuses a value whose payload or signature was changed, or that another key signed', () => {
    const [payload, signature] = valueOf(cookie.set({ uid: 'uid-1', provider: 'google' }, NOW)).slice('mg_upstream='.length).split('.');
    const forgedPayload = Buffer.from(JSON.stringify({ uid: 'uid-2', provider: 'google', exp: 9e9 })).toString('base64url');
    const other = new UpstreamCookie({ keys: ['another-key-that-is-long-enough-0123456789'], path: '/oidc/upstream/', secure: true });

    expect(cookie.read(`mg_upstream=${forgedPayload}.${signature}`, NOW)).toBeNull();
    expect(cookie.read(`mg_upstream=${payload}.${signature}x`, NOW)).toBeNull();
    expect(cookie.read(`mg_upstream=${payload}`, NOW)).toBeNull();
    expect(other.read(`mg_upstream=${payload}.${signature}`, NOW)).toBeNull();
    expect(cookie.read(undefined, NOW)).toBeNull();
  });

  it('still opens cookies signed with an older key after rotation', () => {
    const header = valueOf(cookie.set({ uid: 'uid-1', provider: 'github' }, NOW));
    const rotated = new UpstreamCookie({ keys: ['the-new-key-that-is-long-enough-0123456789', KEY], path: '/oidc/upstream/', secure: false });
    expect(rotated.read(header, NOW)).toEqual({ uid: 'uid-1', provider: 'github' });
    expect(rotated.set({ uid: 'u', provider: 'g' }, NOW)).not.toContain('Secure');
  });
});
