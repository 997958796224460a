import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS, IDENTITY_HEADER } from '@media-gateway/auth';
import { createIdentityHarness, firstError, type IdentityHarness, type SeededUser } from './support/identityHarness.js';

let h: IdentityHarness;
let alice: SeededUser;

const REGISTER = /* GraphQL */ `
  mutation ($input: RegisterInput!) {
    register(input: $input) {
      accepted
    }
  }
`;
const VERIFY_EMAIL = /* GraphQL */ `
  mutation ($token: String!) {
    verifyEmail(token: $token)
  }
`;
const REQUEST_RESET = /* GraphQL */ `
  mutation ($email: String!) {
    requestPasswordReset(email: $email)
  }
`;
const RESET = /* GraphQL */ `
  mutation ($token: String!, $password: String!) {
    resetPassword(token: $token, newPassword: $password)
  }
`;
const CHANGE_PASSWORD = /* GraphQL */ `
  mutation ($current: String!, $next: String!) {
    changePassword(currentPassword: $current, newPassword: $next) {
      revokedSessions
    }
  }
`;

function tokenIn(text: string): string {
  const token = /token=([0-9a-f]{64})/.exec(text)?.[1];
  if (!token) throw new Error(`no token in mail: ${text}`);
  return token;
}

/** What the OAuth server stores for one signed-in app: the grant, an access token and a refresh token of it. */
async function seedGrant(userId: string, grantId: string): Promise<void> {
  await h.db.prisma.oidcModel.createMany({
    data: [
      { id: grantId, type: 'Grant', payload: { jti: grantId, accountId: userId, clientId: 'web' } },
      { id: `at-${grantId}`, type: 'AccessToken', grantId, payload: { accountId: userId, grantId } },
      { id: `rt-${grantId}`, type: 'RefreshToken', grantId, payload: { accountId: userId, grantId } },
      { id: `session-${grantId}`, type: 'Session', payload: { accountId: userId } },
    ],
  });
}

beforeAll(async () => {
  h = await createIdentityHarness({ publicUrl: 'https://app.example.test' });
  alice = await h.seedUser({ email: 'alice@example.test' });
});

afterAll(async () => {
  await h?.dispose();
});

describe('createContext', () => {
  it('is anonymous without the identity header, and UNAUTHENTICATED with a forged one', async () => {
    expect((await h.service.createContext({})).identity).toEqual(ANONYMOUS);
    await expect(h.service.createContext({ [IDENTITY_HEADER]: 'not-a-jws' })).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  it('refuses `me` to anonymous callers', async () => {
    expect(firstError(await h.run(ANONYMOUS, '{ me { id } }'))).toMatchObject({ code: 'UNAUTHENTICATED', message: 'Sign in to use this field.' });
  });
});

describe('register and verifyEmail', () => {
  it('creates the account, mails a verification link, and verifies the address with the token from it', async () => {
    const input = { email: ' Bob@Example.test ', password: 'Sturdy-Pass-9', displayName: 'Bob' };
    expect(await h.data(ANONYMOUS, REGISTER, { input })).toEqual({ register: { accepted: true } });

    const [mail, ...others] = await h.mailTo('bob@example.test');
    expect(others).toEqual([]);
    expect(mail?.subject).toBe('Confirm your email address');
    expect(mail?.textBody).toContain('https://app.example.test/verify-email?token=');

    const user = await h.db.prisma.user.findUniqueOrThrow({ where: { email: 'bob@example.test' } });
    expect(user.emailVerifiedAt).toBeNull();
    expect(await h.data(ANONYMOUS, VERIFY_EMAIL, { token: tokenIn(mail?.textBody ?? '') })).toEqual({ verifyEmail: true });
    expect((await h.db.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).emailVerifiedAt).toEqual(h.clock.now);

    const again = await h.run(ANONYMOUS, VERIFY_EMAIL, { token: tokenIn(mail?.textBody ?? '') });
    expect(firstError(again)).toMatchObject({ code: 'BAD_USER_INPUT', message: 'token was already used' });
    expect(firstError(await h.run(ANONYMOUS, VERIFY_EMAIL, { token: 'f'.repeat(64) }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: 'token is not valid',
    });
  });

  it('answers a duplicate registration exactly like a new one, and mails the owner instead', async () => {
    const fresh = await h.run(ANONYMOUS, REGISTER, { input: { email: 'carol@example.test', password: 'Sturdy-Pass-9', displayName: 'Carol' } });
    const duplicate = await h.run(ANONYMOUS, REGISTER, { input: { email: 'ALICE@example.test', password: 'Other-Pass-77', displayName: 'Mallory' } });
    expect(duplicate).toEqual(fresh);

    const mails = await h.mailTo('alice@example.test');
    expect(mails.map((m) => m.subject)).toEqual(['Someone tried to register with your email address']);
    expect(mails[0]?.textBody).not.toMatch(/token=/);
    expect(await h.db.prisma.user.count({ where: { email: 'alice@example.test' } })).toBe(1);
  });

  it('reports every problem of bad input at once', async () => {
    const result = await h.run(ANONYMOUS, REGISTER, { input: { email: 'nope', password: 'short', displayName: ' ' } });
    expect(firstError(result)).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(firstError(result)?.extensions.problems).toEqual([
      'email must look like name@example.com',
      'password must be at least 8 characters, got 5',
      'password must contain an upper-case letter',
      'password must contain a digit',
      'displayName must be 1 to 100 characters, got 0',
    ]);
  });
});

describe('password reset', () => {
  it('always answers true, and a reset token works once', async () => {
    const dave = await h.seedUser({ email: 'dave@example.test' });
    expect(await h.data(ANONYMOUS, REQUEST_RESET, { email: 'nobody@example.test' })).toEqual({ requestPasswordReset: true });
    expect(await h.data(ANONYMOUS, REQUEST_RESET, { email: 'Dave@example.test' })).toEqual({ requestPasswordReset: true });
    expect(await h.mailTo('nobody@example.test')).toEqual([]);

    const [mail] = await h.mailTo(dave.email);
    expect(mail?.subject).toBe('Reset your password');
    const token = tokenIn(mail?.textBody ?? '');
    await seedGrant(dave.id, 'grant-dave-reset');

    expect(await h.data(ANONYMOUS, RESET, { token, password: 'Brand-New-Pass-1' })).toEqual({ resetPassword: true });
    expect(firstError(await h.run(ANONYMOUS, RESET, { token, password: 'Another-Pass-2' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: 'token was already used',
    });
    expect(await h.service.accounts.authenticate(dave.email, 'Brand-New-Pass-1')).toEqual({ userId: dave.id });
    expect(await h.service.accounts.authenticate(dave.email, dave.password)).toBeNull();
    expect(await h.db.prisma.oidcModel.count({ where: { OR: [{ id: 'grant-dave-reset' }, { grantId: 'grant-dave-reset' }] } })).toBe(0);
    const stored = await h.db.prisma.user.findUniqueOrThrow({ where: { id: dave.id } });
    expect(stored.passwordChangedAt).toEqual(h.clock.now);
  });

  it('sends at most 3 reset mails per address per hour, still answering true', async () => {
    const erin = await h.seedUser({ email: 'erin@example.test' });
    for (let i = 0; i < 5; i++) expect(await h.data(ANONYMOUS, REQUEST_RESET, { email: erin.email })).toEqual({ requestPasswordReset: true });
    expect(await h.mailTo(erin.email)).toHaveLength(3);
  });
});

describe('changePassword', () => {
  it('needs the current password, revokes every grant and its tokens, and audits it', async () => {
    const frank = await h.seedUser({ email: 'frank@example.test' });
    await seedGrant(frank.id, 'grant-frank-1');
    await seedGrant(frank.id, 'grant-frank-2');
    await seedGrant(alice.id, 'grant-alice');

    const wrong = await h.run(h.asUser(frank), CHANGE_PASSWORD, { current: 'Not-His-Pass-1', next: 'Fresh-Pass-123' });
    expect(firstError(wrong)).toMatchObject({ code: 'BAD_USER_INPUT', message: 'currentPassword is not correct' });

    const changed = await h.data(h.asUser(frank), CHANGE_PASSWORD, { current: frank.password, next: 'Fresh-Pass-123' });
    expect(changed).toEqual({ changePassword: { revokedSessions: 2 } });
    const left = await h.db.prisma.oidcModel.findMany({ select: { id: true }, orderBy: { id: 'asc' } });
    expect(left.map((row) => row.id)).toEqual(['at-grant-alice', 'grant-alice', 'rt-grant-alice', 'session-grant-alice']);

    const actions = await h.db.prisma.auditLog.findMany({ where: { userId: frank.id }, orderBy: { seq: 'asc' }, select: { action: true, details: true } });
    expect(actions.map((a) => a.action)).toEqual(['AUTH_FAILED', 'PASSWORD_CHANGED', 'SESSIONS_REVOKED']);
    expect(actions[2]?.details).toEqual({ reason: 'password_changed', grants: 2 });
    expect((await h.mailTo(frank.email)).map((m) => m.subject)).toEqual(['Your password was changed']);
  });

  it('is refused to API keys', async () => {
    const result = await h.run({ kind: 'api_key', userId: alice.id, apiKeyId: 'k1', role: 'free', scopes: ['read:content'] }, CHANGE_PASSWORD, {
      current: alice.password,
      next: 'Fresh-Pass-123',
    });
    expect(firstError(result)).toMatchObject({ code: 'FORBIDDEN', message: 'API keys cannot manage credentials; sign in as the user.' });
  });
});

describe('PrismaAccountDirectory', () => {
  it('authenticates, audits, and answers claims', async () => {
    expect(await h.service.accounts.authenticate('ALICE@example.test', alice.password)).toEqual({ userId: alice.id });
    expect(await h.service.accounts.authenticate('alice@example.test', 'wrong')).toBeNull();
    expect(await h.service.accounts.authenticate('ghost@example.test', 'whatever')).toBeNull();
    expect(await h.service.accounts.claims(alice.id)).toEqual({
      sub: alice.id,
      email: alice.email,
      email_verified: true,
      name: 'alice',
      role: 'free',
    });
    expect(await h.service.accounts.exists('not-a-uuid')).toBe(false);
    const recent = await h.db.prisma.auditLog.findMany({ orderBy: { seq: 'desc' }, take: 3, select: { action: true, userId: true, details: true } });
    expect(recent.reverse()).toEqual([
      { action: 'AUTH_LOGIN', userId: alice.id, details: { method: 'password' } },
      { action: 'AUTH_FAILED', userId: alice.id, details: { reason: 'wrong_password' } },
      { action: 'AUTH_FAILED', userId: null, details: { reason: 'unknown_account' } },
    ]);
  });
});
