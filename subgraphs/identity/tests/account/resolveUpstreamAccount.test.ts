import { describe, expect, it } from 'vitest';
import { resolveUpstreamAccount, verifiedUpstreamEmail, type LocalAccount } from '../../src/account/resolveUpstreamAccount.js';
import type { UpstreamIdentity } from '../../src/oauth/AccountDirectory.js';

const VERIFIED_AT = new Date('2026-01-01T00:00:00Z');
const google = (overrides: Partial<UpstreamIdentity> = {}): UpstreamIdentity => ({
  provider: 'google',
  subject: 'g-123',
  email: 'Alice@Example.com',
  emailVerified: true,
  name: 'Alice Liddell',
  ...overrides,
});
const account = (overrides: Partial<LocalAccount> = {}): LocalAccount => ({
  id: 'u-1',
  status: 'active',
  deletedAt: null,
  emailVerifiedAt: VERIFIED_AT,
  ...overrides,
});

describe('verifiedUpstreamEmail', () => {
  it('is the address in stored form when the provider vouches for it', () => {
    expect(verifiedUpstreamEmail(google())).toBe('alice@example.com');
  });

  it.each([
    ['email_verified false', { emailVerified: false }],
    ['no email claim', { email: undefined }],
    ['an email claim that is no address', { email: 'not an address' }],
  ])('is null with %s', (_case, overrides) => {
    expect(verifiedUpstreamEmail(google(overrides))).toBeNull();
  });
});

describe('resolveUpstreamAccount', () => {
  it('signs in the linked user, whatever the provider says about the email now', () => {
    const decision = resolveUpstreamAccount({ identity: google({ email: 'changed@example.com', emailVerified: false }), linked: account(), byEmail: null });
    expect(decision).toEqual({ action: 'sign_in', userId: 'u-1' });
  });

  it.each([
    ['suspended', { status: 'suspended' }],
    ['deleted', { deletedAt: VERIFIED_AT }],
  ])('refuses a linked user that is %s', (_case, overrides) => {
    expect(resolveUpstreamAccount({ identity: google(), linked: account(overrides), byEmail: null })).toEqual({
      action: 'refuse',
      reason: 'account_inactive',
      userId: 'u-1',
    });
  });

  it('links an active local account whose own email is verified (§6: links accounts by verified email)', () => {
    expect(resolveUpstreamAccount({ identity: google(), linked: null, byEmail: account() })).toEqual({
      action: 'link',
      userId: 'u-1',
      email: 'alice@example.com',
    });
  });

  it('refuses to link a local account that never verified its email (account pre-hijacking)', () => {
    expect(resolveUpstreamAccount({ identity: google(), linked: null, byEmail: account({ emailVerifiedAt: null }) })).toEqual({
      action: 'refuse',
      reason: 'local_email_unverified',
      userId: 'u-1',
    });
  });

  it('refuses to link a suspended local account, before looking at its verification', () => {
    expect(resolveUpstreamAccount({ identity: google(), linked: null, byEmail: account({ status: 'suspended', emailVerifiedAt: null }) })).toEqual({
      action: 'refuse',
      reason: 'account_inactive',
      userId: 'u-1',
    });
  });

  it('creates an account named after the `name` claim when nobody has the address', () => {
    expect(resolveUpstreamAccount({ identity: google(), linked: null, byEmail: null })).toEqual({
      action: 'create',
      email: 'alice@example.com',
      displayName: 'Alice Liddell',
    });
  });

  it.each([
    ['no name claim', undefined],
    ['a blank name', '   '],
    ['a name with control characters', 'Al\u0000ice'],
  ])('names a new account after the local part of its address with %s', (_case, name) => {
    expect(resolveUpstreamAccount({ identity: google({ name }), linked: null, byEmail: null })).toEqual({
      action: 'create',
      email: 'alice@example.com',
      displayName: 'alice',
    });
  });

  it.each([
    ['email_verified false', { emailVerified: false }],
    ['no email', { email: undefined }],
  ])('refuses without a link when the provider vouches for no email (%s), even if an account has it', (_case, overrides) => {
    expect(resolveUpstreamAccount({ identity: google(overrides), linked: null, byEmail: account() })).toEqual({
      action: 'refuse',
      reason: 'upstream_email_unverified',
      userId: null,
    });
  });
});
