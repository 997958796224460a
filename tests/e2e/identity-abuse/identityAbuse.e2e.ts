import * as client from 'openid-client';
import { URI, type TOTP } from 'otpauth';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestProduct, type TestProduct } from '../../support/startTestProduct.js';
import { Browser } from '../../../subgraphs/identity/tests/oauth/support/Browser.js';
import { authorize, pkceRequest } from '../../../subgraphs/identity/tests/oauth/support/authorize.js';

// What an attacker (or a careless client) tries against identity, through the router as clients reach it: an
// expired token, admin fields without admin rights, and guessing a second factor. The OAuth endpoint caps have
// their own file (oauthLimits.e2e.ts), so the sign-ins here never count against them.
const REDIRECT = 'https://app.example.test/callback';
let product: TestProduct;
let web: client.Configuration;

interface User {
  email: string;
  password: string;
}
const carol: User = { email: 'carol@example.test', password: 'Correct-Horse-3' };
const dave: User = { email: 'dave@example.test', password: 'Battery-Staple-4' };
const erin: User = { email: 'erin@example.test', password: 'Paper-Clip-Tree-5' };
const frank: User = { email: 'frank@example.test', password: 'Staple-Gun-Lamp-6' };

interface Answer {
  status: number;
  body: { data?: Record<string, unknown> | null; errors?: Array<{ message: string; extensions: Record<string, unknown> }> };
}

async function register(user: User): Promise<void> {
  const { body } = await product.graphql('mutation ($input: RegisterInput!) { register(input: $input) { accepted } }', {
    input: { ...user, displayName: user.email.split('@')[0] },
  });
  expect(body).toEqual({ data: { register: { accepted: true } } });
}

async function signIn(user: User, scope: string): Promise<string> {
  const request = await pkceRequest(web, REDIRECT, scope);
  const callback = await authorize(new Browser(product.url), request, user);
  const tokens = await client.authorizationCodeGrant(web, callback, { pkceCodeVerifier: request.verifier, expectedState: request.state });
  return tokens.access_token;
}

async function call(query: string, headers: Record<string, string>, variables?: Record<string, unknown>): Promise<Answer> {
  const response = await product.post(JSON.stringify({ query, variables }), headers);
  return { status: response.status, body: (await response.json()) as Answer['body'] };
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

beforeAll(async () => {
  product = await startTestProduct({ OAUTH_WEB_REDIRECT_URIS: REDIRECT });
  web = await client.discovery(new URL(`${product.url}/oidc`), 'web', undefined, client.None(), { execute: [client.allowInsecureRequests] });
  for (const user of [carol, dave, erin, frank]) await register(user);
});

afterAll(async () => product?.close());

afterEach(() => {
  vi.useRealTimers();
});

describe('expired access tokens', () => {
  it('refuses a token past exp plus the 60 s skew with 401 TOKEN_EXPIRED, and took it a moment before', async () => {
    const token = await signIn(carol, 'openid');
    const { exp } = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as { exp: number };
    expect((await call('{ me { email } }', bearer(token))).body.data).toEqual({ me: { email: carol.email } });

    // Only Date is faked: the product runs in this process, so its verifier reads this clock, while timers and
    // sockets keep real time and nothing waits on a frozen timer.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime((exp + 59) * 1000);
    expect((await call('{ me { email } }', bearer(token))).status).toBe(200);
    vi.setSystemTime((exp + 61) * 1000);
    const expired = await call('{ me { email } }', bearer(token));

    expect(expired.status).toBe(401);
    expect(expired.body.data ?? null).toBeNull();
    expect(expired.body.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/^The access token expired/),
      extensions: { code: 'UNAUTHENTICATED', authCode: 'TOKEN_EXPIRED' },
    });
  });
});

const USERS = /* GraphQL */ `
  query ($status: UserStatus) {
    users(status: $status, first: 50) {
      edges {
        node {
          id
          email
          role
          status
        }
      }
    }
  }
`;
const AUDIT = /* GraphQL */ `
  {
    auditLog(first: 20) {
      edges {
        node {
          action
          resourceId
        }
      }
    }
  }
`;
const SUSPEND = /* GraphQL */ `
  mutation ($id: ID!) {
    setUserStatus(id: $id, status: SUSPENDED, reason: "chargeback") {
      id
      status
    }
  }
`;

describe('admin scope', () => {
  it('refuses the admin fields to a normal user, even one who asks for admin:users, with 403 FORBIDDEN', async () => {
    const token = await signIn(carol, 'openid admin:users');
    const claims = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as { scope?: string };
    // The web client may ask for admin scopes; a free user's role does not grant them.
    expect(claims.scope ?? '').not.toContain('admin:');

    for (const [operation, field, variables] of [
      [USERS, 'Query.users', {}],
      [AUDIT, 'Query.auditLog', {}],
      [SUSPEND, 'Mutation.setUserStatus', { id: '00000000-0000-4000-8000-000000000000' }],
    ] as const) {
      const denied = await call(operation, bearer(token), variables);
      expect(denied.status).toBe(403);
      expect(denied.body.data ?? null).toBeNull();
      expect(denied.body.errors).toEqual([
        expect.objectContaining({ message: expect.stringContaining(field), extensions: expect.objectContaining({ code: 'FORBIDDEN', fields: [field] }) }),
      ]);
    }
  });

  it('lets an admin list users and suspend one, whose API key then stops working', async () => {
    const [row] = await product.sql<{ id: string }>(`UPDATE identity."user" SET role = 'admin' WHERE email = $1 RETURNING id`, [dave.email]);
    expect(row?.id).toEqual(expect.any(String));
    const admin = bearer(await signIn(dave, 'openid admin:users'));
    const frankToken = await signIn(frank, 'openid');
    const frankId = ((await call('{ me { id } }', bearer(frankToken))).body.data!.me as { id: string }).id;
    const created = await call('mutation { createApiKey(input: { name: "script", scopes: ["read:content"] }) { key } }', bearer(frankToken));
    const apiKey = (created.body.data!.createApiKey as { key: string }).key;
    expect((await call('{ me { email } }', { 'x-api-key': apiKey })).body.data).toEqual({ me: { email: frank.email } });

    const listed = await call(USERS, admin);
    expect(listed.body.errors).toBeUndefined();
    expect(listed.status).toBe(200);
    const nodes = (listed.body.data!.users as { edges: Array<{ node: Record<string, unknown> }> }).edges.map((e) => e.node);
    expect(nodes).toEqual(
      expect.arrayContaining([
        { id: frankId, email: frank.email, role: 'FREE', status: 'ACTIVE' },
        expect.objectContaining({ email: dave.email, role: 'ADMIN', status: 'ACTIVE' }),
      ]),
    );

    const suspended = await call(SUSPEND, admin, { id: frankId });
    expect(suspended).toEqual({ status: 200, body: { data: { setUserStatus: { id: frankId, status: 'SUSPENDED' } } } });

    const withKey = await call('{ me { email } }', { 'x-api-key': apiKey });
    expect(withKey.status).toBe(401);
    expect(withKey.body.errors?.[0]).toMatchObject({ message: 'The API key is not valid (unknown, revoked or expired).', extensions: { code: 'UNAUTHENTICATED' } });
    const listedSuspended = await call(USERS, admin, { status: 'SUSPENDED' });
    expect((listedSuspended.body.data!.users as { edges: Array<{ node: { email: string } }> }).edges.map((e) => e.node.email)).toEqual([frank.email]);
    const audit = await call(AUDIT, admin);
    expect((audit.body.data!.auditLog as { edges: Array<{ node: { action: string; resourceId: string | null } }> }).edges.map((e) => e.node)).toContainEqual(
      expect.objectContaining({ resourceId: frankId }),
    );
  });
});

const ENROLL = 'mutation { enrollMfa { otpauthUri } }';
const CONFIRM = 'mutation ($code: String!) { confirmMfa(code: $code) }';
const VERIFY = 'mutation ($code: String!) { verifyMfa(code: $code) }';

describe('TOTP brute force (§6: 5 attempts a minute per user)', () => {
  it('refuses the 6th attempt in a minute with RATE_LIMITED, even with the right code, and lets it in after the window', async () => {
    const auth = bearer(await signIn(erin, 'openid'));
    const enrolled = await call(ENROLL, auth);
    const totp = URI.parse((enrolled.body.data!.enrollMfa as { otpauthUri: string }).otpauthUri) as TOTP;
    const confirmed = await call(CONFIRM, auth, { code: totp.generate() });
    expect(confirmed.body.data!.confirmMfa).toHaveLength(10);

    // A code that is not the current one, nor either neighbour the ±1 step window accepts.
    const current = new Set([-30_000, 0, 30_000].map((offset) => totp.generate({ timestamp: Date.now() + offset })));
    const wrong = ['000000', '111111', '222222', '333333', '444444', '555555'].find((code) => !current.has(code))!;
    for (let i = 0; i < 5; i += 1) {
      expect(await call(VERIFY, auth, { code: wrong })).toEqual({ status: 200, body: { data: { verifyMfa: false } } });
    }

    // The next step's code is valid (±1 step) and unused: still refused, it is never checked.
    const right = totp.generate({ timestamp: Date.now() + 30_000 });
    const limited = await call(VERIFY, auth, { code: right });
    expect(limited.body.data ?? null).toBeNull();
    expect(limited.body.errors?.[0]).toMatchObject({
      message: 'Too many MFA attempts; try again later.',
      extensions: { code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) },
    });
    const retryAfter = limited.body.errors![0]!.extensions.retryAfterSeconds as number;
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);

    // Once the window has passed, the right code works again: the refusal was the limit, not the code.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + (retryAfter + 1) * 1000);
    expect(await call(VERIFY, auth, { code: totp.generate({ timestamp: Date.now() }) })).toEqual({ status: 200, body: { data: { verifyMfa: true } } });
  });
});
