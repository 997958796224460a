import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as client from 'openid-client';
import { URI, type TOTP } from 'otpauth';
import { createIdentityHarness, type IdentityHarness } from '../graphql/support/identityHarness.js';
import { Browser, readForm } from './support/Browser.js';
import { pkceRequest, type PkceRequest } from './support/authorize.js';
import { WEB_REDIRECT_URI, startAuthServer, type AuthServer } from './support/startAuthServer.js';
import { bindUpstreamProvider, type UpstreamAccount, type UpstreamProvider } from './support/startUpstreamProvider.js';

const NEWBIE: UpstreamAccount = { sub: 'g-newbie', email: 'Newbie@Example.test', email_verified: true, name: 'Nell Newbie' };
const VERIFIED: UpstreamAccount = { sub: 'g-verified', email: 'verified@example.test', email_verified: true, name: 'Vera' };
const UNVERIFIED_LOCAL: UpstreamAccount = { sub: 'g-squatted', email: 'squatted@example.test', email_verified: true, name: 'Sam' };
const UNVERIFIED_UPSTREAM: UpstreamAccount = { sub: 'g-unverified', email: 'unproven@example.test', email_verified: false, name: 'Una' };
const MFA_USER: UpstreamAccount = { sub: 'g-mfa', email: 'mfa@example.test', email_verified: true, name: 'Max' };
const OCTOCAT: UpstreamAccount = { sub: '583231', email: 'octocat@example.test', email_verified: true, name: 'The Octocat' };

let h: IdentityHarness;
let google: UpstreamProvider;
let github: UpstreamProvider;
let server: AuthServer;
let web: client.Configuration;

beforeAll(async () => {
  h = await createIdentityHarness();
  google = await bindUpstreamProvider();
  github = await bindUpstreamProvider();
  server = await startAuthServer(h.database, h.service.accounts, {
    db: h.db,
    upstreams: [
      { id: 'google', label: 'Google', issuer: google.issuer, clientId: google.clientId, clientSecret: google.clientSecret },
      { id: 'github', label: 'GitHub', issuer: github.issuer, clientId: github.clientId, clientSecret: github.clientSecret },
    ],
  });
  await google.start({
    redirectUri: `${server.issuer}/upstream/google/callback`,
    accounts: [NEWBIE, VERIFIED, UNVERIFIED_LOCAL, UNVERIFIED_UPSTREAM, MFA_USER],
    claimsInIdToken: true,
  });
  await github.start({ redirectUri: `${server.issuer}/upstream/github/callback`, accounts: [OCTOCAT], claimsInIdToken: false });
  web = await server.discover('web');
});

afterAll(async () => {
  await server?.close();
  await google?.close();
  await github?.close();
  await h?.dispose();
});

/**
 * The front channel up to the provider's answer: the app's authorization request, "Continue with <provider>" on our
 * login page, and the provider's own sign-in (in a browser of its own origin). Returns the callback URL the provider
 * sent the browser to; the test decides what to do with it.
 */
async function throughUpstream(upstream: UpstreamProvider, providerId: string, next: UpstreamProvider['next']) {
  const browser = new Browser(server.origin);
  const request = await pkceRequest(web, WEB_REDIRECT_URI, 'openid email profile');
  const login = await browser.navigate(request.url);
  const form = formPostingTo(login.html, `/upstream/${providerId}`);
  const toUpstream = await browser.navigate(form.action, form.fields);
  expect(toUpstream.redirectedTo?.origin).toBe(new URL(upstream.issuer).origin);
  expect(toUpstream.redirectedTo?.searchParams.get('code_challenge_method')).toBe('S256');

  upstream.next = next;
  const atUpstream = await new Browser(upstream.issuer).navigate(toUpstream.redirectedTo!);
  const callback = atUpstream.redirectedTo;
  if (!callback) throw new Error(`the upstream did not redirect back: ${atUpstream.status}\n${atUpstream.html}`);
  expect(callback.href.startsWith(`${server.issuer}/upstream/${providerId}/callback?`)).toBe(true);
  const uid = /\/interaction\/([^/]+)\/upstream\//.exec(form.action)?.[1] ?? '';
  return { browser, request, callback, uid };
}

/** Signs in through the provider as `sub` and redeems the code as the web app would. */
async function signInWith(upstream: UpstreamProvider, providerId: string, sub: string) {
  const { browser, request, callback } = await throughUpstream(upstream, providerId, { sub });
  const landed = await browser.navigate(callback);
  return { landed, tokens: landed.redirectedTo ? await redeem(landed.redirectedTo, request) : undefined };
}

const redeem = (callback: URL, request: PkceRequest) =>
  client.authorizationCodeGrant(web, callback, { pkceCodeVerifier: request.verifier, expectedState: request.state });

function formPostingTo(html: string, suffix: string) {
  for (let index = 0; ; index++) {
    const form = readForm(html, index);
    if (form.action.endsWith(suffix)) return form;
  }
}

const auditOf = (userId: string | null) =>
  h.db.prisma.auditLog.findMany({ where: { userId }, orderBy: { seq: 'asc' }, select: { action: true, details: true } });
const counts = async () => ({ users: await h.db.prisma.user.count(), links: await h.db.prisma.linkedIdentity.count() });

describe('sign-in through upstream OpenID providers', () => {
  it('offers a button per configured provider on the login page', async () => {
    const login = await new Browser(server.origin).navigate((await pkceRequest(web, WEB_REDIRECT_URI, 'openid')).url);
    expect(login.html).toContain('Continue with Google');
    expect(login.html).toContain('Continue with GitHub');
    // The password form stays the first form of the page.
    expect(readForm(login.html).action).toMatch(/\/login$/);
  });

  it('creates, links and signs in a new user, and the next sign-in reuses the link', async () => {
    const first = await signInWith(google, 'google', NEWBIE.sub);
    const user = await h.db.prisma.user.findUniqueOrThrow({ where: { email: 'newbie@example.test' } });
    expect(first.tokens?.claims()).toMatchObject({ sub: user.id, email: 'newbie@example.test', email_verified: true, name: 'Nell Newbie' });
    expect(user).toMatchObject({ role: 'free', status: 'active', passwordHash: null, displayName: 'Nell Newbie' });
    expect(user.emailVerifiedAt).not.toBeNull();
    expect(await h.db.prisma.linkedIdentity.findMany({ select: { provider: true, subject: true, userId: true } })).toEqual([
      { provider: 'google', subject: NEWBIE.sub, userId: user.id },
    ]);

    const before = await counts();
    const second = await signInWith(google, 'google', NEWBIE.sub);
    expect(second.tokens?.claims()?.sub).toBe(user.id);
    expect(await counts()).toEqual(before);
    expect(await auditOf(user.id)).toEqual([
      { action: 'AUTH_REGISTER', details: { method: 'upstream', provider: 'google' } },
      { action: 'AUTH_LOGIN', details: { method: 'upstream', provider: 'google' } },
      { action: 'AUTH_LOGIN', details: { method: 'upstream', provider: 'google' } },
    ]);
  });

  it('links an existing local account by its verified email', async () => {
    const vera = await h.seedUser({ email: 'verified@example.test' });

    const { tokens } = await signInWith(google, 'google', VERIFIED.sub);

    expect(tokens?.claims()?.sub).toBe(vera.id);
    expect(await h.db.prisma.linkedIdentity.findUnique({ where: { provider_subject: { provider: 'google', subject: VERIFIED.sub } } })).toMatchObject({
      userId: vera.id,
      email: 'verified@example.test',
    });
    expect(await auditOf(vera.id)).toEqual([
      { action: 'USER_UPDATED', details: { change: 'identity_linked', provider: 'google' } },
      { action: 'AUTH_LOGIN', details: { method: 'upstream', provider: 'google' } },
    ]);
  });

  it('does not link a local account whose email was never verified, and says to sign in with the password first', async () => {
    const squatter = await h.seedUser({ email: 'squatted@example.test' });
    await h.db.prisma.user.update({ where: { id: squatter.id }, data: { emailVerifiedAt: null } });

    const { landed, tokens } = await signInWith(google, 'google', UNVERIFIED_LOCAL.sub);

    expect(tokens).toBeUndefined();
    expect(landed.status).toBe(403);
    expect(landed.html).toContain('<h1>Sign in with your password first</h1>');
    expect(landed.html).toContain('Sign in with your email and password and verify your address');
    expect(await h.db.prisma.linkedIdentity.count({ where: { userId: squatter.id } })).toBe(0);
    expect(await auditOf(squatter.id)).toEqual([{ action: 'AUTH_FAILED', details: { method: 'upstream', provider: 'google', reason: 'local_email_unverified' } }]);
  });

  it('refuses an upstream account whose email the provider does not vouch for', async () => {
    const before = await counts();

    const { landed, tokens } = await signInWith(google, 'google', UNVERIFIED_UPSTREAM.sub);

    expect(tokens).toBeUndefined();
    expect(landed.status).toBe(403);
    expect(landed.html).toContain('Google did not confirm an email address for this account');
    expect(await counts()).toEqual(before);
  });

  it('refuses a callback whose state was tampered with, writes nothing, and spends the exchange', async () => {
    const before = await counts();
    const { browser, callback } = await throughUpstream(google, 'google', { sub: NEWBIE.sub });
    const tampered = new URL(callback);
    tampered.searchParams.set('state', `${callback.searchParams.get('state')}x`);

    const refused = await browser.navigate(tampered);
    expect(refused.status).toBe(400);
    expect(refused.redirectedTo).toBeUndefined();
    expect(refused.html).toContain('does not belong to the sign-in this browser started');

    // The genuine answer, now too late: the exchange was single use.
    const replayed = await browser.navigate(callback);
    expect(replayed.status).toBe(400);
    expect(replayed.html).toContain('Sign-in expired');
    expect(await counts()).toEqual(before);
    const failures = (await auditOf(null)).filter((entry) => entry.action === 'AUTH_FAILED').map((entry) => entry.details);
    expect(failures).toEqual(
      expect.arrayContaining([
        { method: 'upstream', provider: 'google', reason: 'upstream_state_mismatch' },
        { method: 'upstream', provider: 'google', reason: 'upstream_state_missing' },
      ]),
    );
  });

  it('refuses an ID token that does not validate (here: a nonce other than the one this sign-in sent)', async () => {
    const before = await counts();
    const { browser, callback, uid } = await throughUpstream(google, 'google', { sub: NEWBIE.sub });
    // Stands in for a substituted ID token: the one the provider returns no longer carries the nonce we expect.
    const row = await h.db.prisma.oidcModel.findUniqueOrThrow({ where: { id_type: { id: uid, type: 'Interaction' } } });
    const payload = row.payload as { result: { mediaGatewayPending: { nonce: string } } };
    payload.result.mediaGatewayPending.nonce = 'a-nonce-this-sign-in-never-sent';
    await h.db.prisma.oidcModel.update({ where: { id_type: { id: uid, type: 'Interaction' } }, data: { payload } });

    const page = await browser.navigate(callback);

    expect(page.status).toBe(400);
    expect(page.html).toContain('The answer from Google could not be verified, so you were not signed in.');
    expect(await counts()).toEqual(before);
    const [last] = await h.db.prisma.auditLog.findMany({ orderBy: { seq: 'desc' }, take: 1, select: { action: true, details: true } });
    expect(last).toEqual({ action: 'AUTH_FAILED', details: { method: 'upstream', provider: 'google', reason: 'upstream_token_invalid' } });
  });

  it('refuses a callback that reaches another browser (no cookie of its own)', async () => {
    const { callback } = await throughUpstream(google, 'google', { sub: NEWBIE.sub });
    const elsewhere = await new Browser(server.origin).navigate(callback);
    expect(elsewhere.status).toBe(400);
    expect(elsewhere.redirectedTo).toBeUndefined();
    expect(elsewhere.html).toContain('Sign-in expired');
  });

  it('answers "access denied" at the provider with a clear page and writes nothing but the audit entry', async () => {
    const before = await counts();
    const auditBefore = await h.db.prisma.auditLog.count();
    const { browser, callback } = await throughUpstream(google, 'google', 'deny');
    expect(callback.searchParams.get('error')).toBe('access_denied');

    const page = await browser.navigate(callback);

    expect(page.status).toBe(400);
    expect(page.html).toContain('<h1>Sign-in cancelled</h1>');
    expect(page.html).toContain('Google did not sign you in, so nothing was changed.');
    expect(page.html).toMatch(/<a href="\/oidc\/interaction\/[^"]+">Back to sign-in<\/a>/);
    expect(await counts()).toEqual(before);
    const written = await h.db.prisma.auditLog.findMany({ orderBy: { seq: 'asc' }, skip: auditBefore, select: { action: true, userId: true, details: true } });
    expect(written).toEqual([{ action: 'AUTH_FAILED', userId: null, details: { method: 'upstream', provider: 'google', reason: 'upstream_denied' } }]);
  });

  it('still asks an account with MFA on for its code, and audits the login only after it', async () => {
    const max = await h.seedUser({ email: 'mfa@example.test' });
    const { enrollMfa } = await h.data<{ enrollMfa: { otpauthUri: string } }>(h.asUser(max), 'mutation { enrollMfa { otpauthUri } }');
    const totp = URI.parse(enrollMfa.otpauthUri) as TOTP;
    await h.data(h.asUser(max), 'mutation ($code: String!) { confirmMfa(code: $code) }', { code: totp.generate({ timestamp: h.clock.now.getTime() }) });
    h.clock.now = new Date(h.clock.now.getTime() + 30_000);

    const { browser, request, callback } = await throughUpstream(google, 'google', { sub: MFA_USER.sub });
    const codePage = await browser.navigate(callback);
    expect(codePage.redirectedTo).toBeUndefined();
    expect(codePage.html).toContain('<h1>Two-step verification</h1>');
    expect((await auditOf(max.id)).map((entry) => entry.action)).not.toContain('AUTH_LOGIN');

    const done = await browser.navigate(readForm(codePage.html).action, { code: totp.generate({ timestamp: h.clock.now.getTime() }) });
    const tokens = await redeem(done.redirectedTo!, request);
    expect(tokens.claims()?.sub).toBe(max.id);
    expect((await auditOf(max.id)).filter((entry) => entry.action === 'AUTH_LOGIN')).toEqual([
      { action: 'AUTH_LOGIN', details: { method: 'upstream', provider: 'google', mfa: true } },
    ]);
  });

  it('reads the profile from userinfo when the provider keeps it out of the ID token (GitHub here)', async () => {
    const { tokens } = await signInWith(github, 'github', OCTOCAT.sub);
    const user = await h.db.prisma.user.findUniqueOrThrow({ where: { email: 'octocat@example.test' }, include: { linkedIdentities: true } });
    expect(tokens?.claims()?.sub).toBe(user.id);
    expect(user.displayName).toBe('The Octocat');
    expect(user.linkedIdentities).toMatchObject([{ provider: 'github', subject: OCTOCAT.sub }]);
  });
});
