import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as client from 'openid-client';
import { URI, type TOTP } from 'otpauth';
import { createIdentityHarness, type IdentityHarness, type SeededUser } from '../graphql/support/identityHarness.js';
import { Browser, readForm, type Navigation } from './support/Browser.js';
import { pkceRequest, signIn } from './support/authorize.js';
import { WEB_REDIRECT_URI, startAuthServer, type AuthServer } from './support/startAuthServer.js';

const ENROLL = /* GraphQL */ `
  mutation {
    enrollMfa {
      otpauthUri
    }
  }
`;
const CONFIRM = /* GraphQL */ `
  mutation ($code: String!) {
    confirmMfa(code: $code)
  }
`;
const VERIFY = /* GraphQL */ `
  mutation ($code: String!) {
    verifyMfa(code: $code)
  }
`;

let h: IdentityHarness;
let server: AuthServer;
let web: client.Configuration;

beforeAll(async () => {
  h = await createIdentityHarness();
  // The real authorization server on the same database, with the service's Prisma-backed account directory.
  server = await startAuthServer(h.database, h.service.accounts, { db: h.db });
  web = await server.discover('web');
});

afterAll(async () => {
  await server?.close();
  await h?.dispose();
});

const advance = (seconds: number) => {
  h.clock.now = new Date(h.clock.now.getTime() + seconds * 1000);
};

/** A seeded user with TOTP switched on through the GraphQL mutations, as the web app does it. */
async function userWithMfa(email: string): Promise<SeededUser & { totp: TOTP; backupCodes: string[] }> {
  const user = await h.seedUser({ email });
  const { enrollMfa } = await h.data<{ enrollMfa: { otpauthUri: string } }>(h.asUser(user), ENROLL);
  const totp = URI.parse(enrollMfa.otpauthUri) as TOTP;
  const { confirmMfa } = await h.data<{ confirmMfa: string[] }>(h.asUser(user), CONFIRM, { code: totp.generate({ timestamp: h.clock.now.getTime() }) });
  // The confirming code's step is spent (RFC 6238 §5.2); sign-ins below use the next one.
  advance(30);
  return { ...user, totp, backupCodes: confirmMfa };
}

const codeNow = (totp: TOTP) => totp.generate({ timestamp: h.clock.now.getTime() });
/** A six-digit code that is certainly not the current one. */
const wrongCode = (totp: TOTP) => (codeNow(totp) === '000000' ? '111111' : '000000');

async function toCodePage(browser: Browser, user: { email: string; password: string }) {
  const request = await pkceRequest(web, WEB_REDIRECT_URI, 'openid email');
  const page = await signIn(browser, request.url, user);
  return { request, page };
}

function uidOf(page: Navigation): string {
  const match = /\/oidc\/interaction\/([^/]+)\/mfa$/.exec(readForm(page.html).action);
  if (!match?.[1]) throw new Error(`not the code page:\n${page.html}`);
  return match[1];
}

const auditOf = (userId: string) =>
  h.db.prisma.auditLog.findMany({ where: { userId }, orderBy: { seq: 'asc' }, select: { action: true, details: true } });

describe('OAuth sign-in with MFA on', () => {
  it('asks for a code after the password; a wrong code is refused, a right one signs in and only then audits AUTH_LOGIN', async () => {
    const alice = await userWithMfa('alice@example.test');
    const browser = new Browser(server.origin);

    const { request, page } = await toCodePage(browser, alice);
    expect(page.status).toBe(200);
    expect(page.redirectedTo).toBeUndefined();
    expect(page.html).toContain('<h1>Two-step verification</h1>');
    expect(page.html).toContain('name="code"');
    expect((await auditOf(alice.id)).map((entry) => entry.action)).not.toContain('AUTH_LOGIN');

    const wrong = await browser.navigate(readForm(page.html).action, { code: wrongCode(alice.totp) });
    expect(wrong.status).toBe(401);
    expect(wrong.html).toContain('That code is not correct.');

    const done = await browser.navigate(readForm(wrong.html).action, { code: codeNow(alice.totp) });
    expect(done.redirectedTo?.href.startsWith(WEB_REDIRECT_URI)).toBe(true);
    const tokens = await client.authorizationCodeGrant(web, done.redirectedTo!, { pkceCodeVerifier: request.verifier, expectedState: request.state });
    expect(tokens.claims()).toMatchObject({ sub: alice.id, email: alice.email });

    const audit = await auditOf(alice.id);
    expect(audit.filter((entry) => entry.action !== 'MFA_ENROLLED')).toEqual([
      { action: 'MFA_FAILED', details: { reason: 'mismatch' } },
      { action: 'AUTH_LOGIN', details: { method: 'password', mfa: true } },
    ]);
  });

  it('accepts a backup code in place of the TOTP code', async () => {
    const dora = await userWithMfa('dora@example.test');
    const browser = new Browser(server.origin);
    const { page } = await toCodePage(browser, dora);

    const done = await browser.navigate(readForm(page.html).action, { code: dora.backupCodes[0]!.toLowerCase() });

    expect(done.redirectedTo?.searchParams.get('code')).toEqual(expect.any(String));
    expect(await h.db.prisma.backupCode.count({ where: { userId: dora.id, usedAt: { not: null } } })).toBe(1);
  });

  it('cannot be skipped: not through the resume endpoint, not from another interaction, not from another browser', async () => {
    const bob = await userWithMfa('bob@example.test');
    const browser = new Browser(server.origin);
    const { page } = await toCodePage(browser, bob);
    const uid = uidOf(page);
    const codePage = `${server.issuer}/interaction/${uid}`;

    // Reloading keeps the step: the code page again, not the password.
    expect((await browser.navigate(codePage)).html).toContain('name="code"');

    // A second interaction in the same browser has no pending step of its own, so a valid code there finishes nothing.
    const other = await browser.navigate((await pkceRequest(web, WEB_REDIRECT_URI, 'openid')).url);
    expect(other.html).toContain('name="password"');
    const otherUid = /\/oidc\/interaction\/([^/]+)\/login/.exec(readForm(other.html).action)?.[1];
    expect(otherUid).toEqual(expect.any(String));
    const reused = await browser.navigate(`${server.issuer}/interaction/${otherUid}/mfa`, { code: codeNow(bob.totp) });
    expect(reused.status).toBe(400);
    expect(reused.html).toContain('Sign-in expired');

    // Another browser (no interaction cookie) cannot use this one's step.
    const stranger = await new Browser(server.origin).navigate(`${codePage}/mfa`, { code: codeNow(bob.totp) });
    expect(stranger.status).toBe(400);
    expect(stranger.redirectedTo).toBeUndefined();

    // Consent needs a signed-in session, which the password alone did not make.
    expect((await browser.navigate(`${codePage}/consent`, {})).status).toBe(400);

    // Skipping to the resume endpoint finds no login result: the interaction is dropped and the password asked again.
    const resumed = await browser.navigate(`${server.issuer}/auth/${uid}`);
    expect(resumed.redirectedTo).toBeUndefined();
    expect(resumed.html).toContain('name="password"');
    expect((await browser.navigate(`${codePage}/mfa`, { code: codeNow(bob.totp) })).status).toBe(400);

    expect((await auditOf(bob.id)).map((entry) => entry.action)).not.toContain('AUTH_LOGIN');
    expect(await h.db.prisma.oidcModel.count({ where: { type: 'Session', payload: { path: ['accountId'], equals: bob.id } } })).toBe(0);
  });

  it('refuses the 6th wrong code in a minute with a 429 page, counting the GraphQL attempts too', async () => {
    const carol = await userWithMfa('carol@example.test');
    const browser = new Browser(server.origin);
    const { page } = await toCodePage(browser, carol);
    const action = readForm(page.html).action;

    for (let i = 0; i < 4; i++) expect((await browser.navigate(action, { code: wrongCode(carol.totp) })).status).toBe(401);
    expect(await h.data(h.asUser(carol), VERIFY, { code: wrongCode(carol.totp) })).toEqual({ verifyMfa: false });

    // The sixth attempt is refused before the code is looked at: even the right code.
    const limited = await browser.navigate(action, { code: codeNow(carol.totp) });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('60');
    expect(limited.html).toContain('<h1>Too many attempts</h1>');
    expect(limited.html).toContain('Too many attempts, try again in 60 s.');

    advance(60);
    const done = await browser.navigate(action, { code: codeNow(carol.totp) });
    expect(done.redirectedTo?.searchParams.get('code')).toEqual(expect.any(String));
    const failures = (await auditOf(carol.id)).filter((entry) => entry.action === 'MFA_FAILED').map((entry) => entry.details);
    expect(failures).toEqual([...Array(5).fill({ reason: 'mismatch' }), { reason: 'rate_limited' }]);
  });
});
