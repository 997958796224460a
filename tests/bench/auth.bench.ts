// npm run bench:auth — what authentication costs in the router, and how fast people can sign in.
//
// One embedded product process on a fresh database. autocannon sends the same query with no credential and with a
// valid RS256 access token (verified against the OAuth server's JWKS on every request), at 10 connections. Then
// sequential full PKCE sign-ins (login page, argon2id check, code exchange) give the login throughput.
import { fileURLToPath } from 'node:url';
import * as client from 'openid-client';
import { createAccessTokenVerifier } from '@media-gateway/auth';
import { Browser } from '../../subgraphs/identity/tests/oauth/support/Browser.js';
import { authorize, pkceRequest } from '../../subgraphs/identity/tests/oauth/support/authorize.js';
import { benchDatabase } from './support/benchDatabase.js';
import { load } from './support/load.js';
import { startProcess, type RunningProcess } from '../support/startProcess.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const SIGN_INS = Number(process.env.BENCH_SIGN_INS ?? 20);
const PORT = 4110;
const REDIRECT = 'https://app.example.test/callback';
// Served from the catalog's in-memory platform registry, so the database doesn't drown out the auth cost.
const BODY = JSON.stringify({ query: 'query Platforms { platforms(region: "US") { id } }' });
const user = { email: 'bench@example.test', password: 'Bench-Password-1' };

const database = await benchDatabase('mg_bench_auth');
let router: RunningProcess | undefined;
try {
  router = await startProcess(fileURLToPath(new URL('../../router/src/main.ts', import.meta.url)), PORT, {
    DATABASE_URL: database.url,
    HOST: '127.0.0.1',
    PORT: String(PORT),
    PUBLIC_URL: `http://127.0.0.1:${PORT}`,
    OAUTH_WEB_REDIRECT_URIS: REDIRECT,
    RATE_LIMIT_ENABLED: 'false',
    // The sign-in loop makes more code exchanges a minute than §6's /token cap allows one client.
    OAUTH_RATE_LIMIT_ENABLED: 'false',
    // With Redis the token denylist check is a Redis round trip, as in production.
    ...(process.env.REDIS_URL ? { REDIS_URL: process.env.REDIS_URL } : {}),
  });
  const endpoint = `${router.url}/graphql`;
  await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation ($input: RegisterInput!) { register(input: $input) { accepted } }',
      variables: { input: { ...user, displayName: 'Bench' } },
    }),
  });
  const web = await client.discovery(new URL(`${router.url}/oidc`), 'web', undefined, client.None(), { execute: [client.allowInsecureRequests] });
  const signIn = async () => {
    const request = await pkceRequest(web, REDIRECT, 'openid');
    const callback = await authorize(new Browser(router!.url), request, user);
    return (await client.authorizationCodeGrant(web, callback, { pkceCodeVerifier: request.verifier, expectedState: request.state })).access_token;
  };
  const token = await signIn();

  const variants = [['no credential', {}], ['valid JWT', { authorization: `Bearer ${token}` }]] as const;
  for (const [, headers] of variants) await load(endpoint, BODY, 10, 3, headers); // warm both paths first
  const rows: Array<[string, Awaited<ReturnType<typeof load>>]> = [];
  for (const [label, headers] of variants) rows.push([label, await load(endpoint, BODY, 10, SECONDS, headers)]);

  // The verification itself, as the router does it: RS256 signature, claims, cached JWKS.
  const verifier = createAccessTokenVerifier({
    issuer: `${router.url}/oidc`,
    audience: 'https://api.media-gateway.local',
    keys: { kind: 'remote', jwksUrl: `${router.url}/oidc/jwks` },
  });
  await verifier.verify(token);
  const timings: number[] = [];
  for (let i = 0; i < 5000; i += 1) {
    const t = performance.now();
    await verifier.verify(token);
    timings.push(performance.now() - t);
  }
  timings.sort((a, b) => a - b);
  const pct = (q: number) => timings[Math.min(timings.length - 1, Math.floor(q * timings.length))]!.toFixed(3);

  const started = performance.now();
  for (let i = 0; i < SIGN_INS; i += 1) await signIn();
  const perSecond = SIGN_INS / ((performance.now() - started) / 1000);

  console.log(`\nauth benchmark: platforms(region: "US") through the router, 10 connections, ${SECONDS} s per run\n`);
  console.log('credential       req/s   p50 ms  p99 ms  errors');
  for (const [label, r] of rows) console.log(`${label.padEnd(15)}${r.rps.toFixed(0).padStart(7)}  ${String(r.p50).padStart(7)}  ${String(r.p99).padStart(6)}  ${r.errors + r.non2xx}`);
  const [none, jwt] = [rows[0]![1], rows[1]![1]];
  console.log(`\nthrough the router, a valid JWT changes p50 by ${jwt.p50 - none.p50} ms and p99 by ${jwt.p99 - none.p99} ms`);
  console.log(`token verification alone (5000 runs): p50 ${pct(0.5)} ms, p95 ${pct(0.95)} ms, p99 ${pct(0.99)} ms (spec: p95 < 10 ms)`);
  console.log(`login throughput: ${perSecond.toFixed(1)} full PKCE sign-ins/s (sequential, ${SIGN_INS} sign-ins; argon2id dominates)`);
} finally {
  await router?.stop();
  await database.drop();
}
