// npm run bench:sync — live sync and remote control through the router's graphql-ws endpoint.
//
// One embedded product (router + subgraphs in one process, Postgres, Redis pub/sub when REDIS_URL answers) as a child
// process, so its memory is the router's alone. Users have up to 10 devices each; every device holds one graphql-ws
// connection with a `libraryChanged` subscription (and `deviceCommands` on the command targets). For 1, 100 and 1,000
// subscribed devices it measures:
//   - sync: a `setPreference` mutation on one device → the `libraryChanged` event on each of that user's other devices;
//   - remote control: `sendDeviceCommand(PAUSE)` on one device → the `deviceCommands` event on the target;
//   - then, with one user's connections only: how many graphql-ws connections one router process holds (1,000 →
//     5,000, each with a subscription), its heap and resident memory per connection (the floor of repeated
//     readings, so garbage not yet collected doesn't count), and the fan-out of one change to all of them.
// Targets (PRODUCT_SPEC §14, issue 5): sync p95 < 100 ms, remote control delivery p95 < 50 ms.
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import * as client from 'openid-client';
import pg from 'pg';
import { HybridClock, formatHlc } from '@media-gateway/crdt';
import { Browser } from '../../subgraphs/identity/tests/oauth/support/Browser.js';
import { authorize, pkceRequest } from '../../subgraphs/identity/tests/oauth/support/authorize.js';
import { benchDatabase } from './support/benchDatabase.js';
import { latencyStats, type LatencyStats } from './support/latencyStats.js';
import { waitForDiscoveryIndex } from './support/waitForDiscoveryIndex.js';
import { startProcess, type RunningProcess } from '../support/startProcess.js';
import { connectLive, whenSubscribed, type LiveConnection, type LiveSubscription } from '../support/liveClient.js';

const PORT = 4130;
const REDIRECT = 'https://bench.example.test/callback';
const DEVICES_PER_USER = 10;
const SIZES = (process.env.BENCH_SYNC_SIZES ?? '1,100,1000').split(',').map(Number);
const SAMPLES = Number(process.env.BENCH_SYNC_SAMPLES ?? 200);
const CAPACITY_STEPS = (process.env.BENCH_SYNC_CONNECTIONS ?? '1000,2500,5000').split(',').map(Number);
const CONNECT_BATCH = 250;
const TARGET = { syncP95: 100, controlP95: 50 };
const URL_BASE = `http://127.0.0.1:${PORT}`;

interface BenchDevice {
  id: string;
  clock: HybridClock;
  live: LiveConnection;
  library?: LiveSubscription<{ libraryChanged: { preference: { value: string } | null } }>;
  commands?: LiveSubscription<{ deviceCommands: { id: string } }>;
}
interface BenchUser {
  token: string;
  profileId: string;
  writer: { id: string; clock: HybridClock };
  devices: BenchDevice[];
}

async function graphql<T>(token: string, query: string, variables?: Record<string, unknown>): Promise<T> {
  const response = await fetch(`${URL_BASE}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: Array<{ message: string }> };
  if (body.errors?.length || !body.data) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/**
 * The router's heap and resident memory: the lowest of several readings a quarter-second apart, which is close to
 * what is live after a collection rather than whatever garbage the last reading happened to include.
 */
async function memoryFloor(readings = 20): Promise<{ rss: number; heap: number }> {
  let floor = { rss: Number.POSITIVE_INFINITY, heap: Number.POSITIVE_INFINITY };
  for (let i = 0; i < readings; i++) {
    const text = await (await fetch(`${URL_BASE}/metrics`)).text();
    const sample = (name: string) => Number(text.split('\n').find((line) => line.startsWith(`${name} `))?.split(' ')[1] ?? Number.NaN);
    floor = { rss: Math.min(floor.rss, sample('process_resident_memory_bytes')), heap: Math.min(floor.heap, sample('nodejs_heap_size_used_bytes')) };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return floor;
}

const REGISTER_DEVICE = 'mutation ($n: String!, $t: DeviceType!) { registerDevice(input: { name: $n, type: $t, platform: "Web", capabilities: { remoteControllable: true } }) { device { id } } }';
const SET_PREFERENCE = 'mutation ($p: ID!, $d: ID!, $v: String!, $h: String!) { setPreference(profileId: $p, deviceId: $d, key: "theme", value: $v, hlc: $h) { key } }';
const HEARTBEAT = 'mutation ($d: ID!, $s: PresenceState!) { heartbeat(deviceId: $d, state: $s) { reconcile } }';

async function createUser(db: pg.Client, web: client.Configuration, index: number, subscribed: number): Promise<BenchUser> {
  const email = `bench-${index}-${randomUUID().slice(0, 8)}@example.test`;
  const password = 'Bench-Password-1';
  await fetch(`${URL_BASE}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation ($i: RegisterInput!) { register(input: $i) { accepted } }', variables: { i: { email, password, displayName: `bench ${index}` } } }),
  });
  await db.query(`UPDATE identity."user" SET role = 'premium' WHERE email = $1`, [email]);
  const request = await pkceRequest(web, REDIRECT, 'openid');
  const callback = await authorize(new Browser(URL_BASE), request, { email, password });
  const token = (await client.authorizationCodeGrant(web, callback, { pkceCodeVerifier: request.verifier, expectedState: request.state })).access_token;
  const profileId = (await graphql<{ me: { profiles: Array<{ id: string }> } }>(token, '{ me { profiles { id } } }')).me.profiles[0]!.id;
  const register = async (name: string) =>
    (await graphql<{ registerDevice: { device: { id: string } } }>(token, REGISTER_DEVICE, { n: name, t: 'TV' })).registerDevice.device.id;
  // With a single subscribed device the writer is a device of its own; otherwise device 0 writes and is subscribed too.
  const writerId = await register('writer');
  const devices: BenchDevice[] = [];
  for (let i = 0; i < subscribed; i++) {
    const id = subscribed === 1 || i > 0 ? await register(`device ${i}`) : writerId;
    devices.push({ id, clock: new HybridClock({ node: id }), live: connectLive(URL_BASE, token) });
  }
  return { token, profileId, writer: { id: writerId, clock: devices.find((d) => d.id === writerId)?.clock ?? new HybridClock({ node: writerId }) }, devices };
}

async function setPreference(user: BenchUser, value: string): Promise<void> {
  await graphql(user.token, SET_PREFERENCE, { p: user.profileId, d: user.writer.id, v: value, h: formatHlc(user.writer.clock.now()) });
}

interface Phase {
  devices: number;
  connections: number;
  sync: LatencyStats;
  control: LatencyStats;
  errors: number;
}

async function runPhase(db: pg.Client, web: client.Configuration, size: number): Promise<Phase> {
  const users: BenchUser[] = [];
  const userCount = Math.max(1, Math.ceil(size / DEVICES_PER_USER));
  for (let u = 0; u < userCount; u++) users.push(await createUser(db, web, u, Math.min(DEVICES_PER_USER, size - u * DEVICES_PER_USER)));
  const receivers = (user: BenchUser) => user.devices.filter((d) => d.id !== user.writer.id);

  // Every device subscribes; a probe write per user shows all of its streams are open before measuring.
  for (const user of users) {
    for (const device of user.devices) {
      device.library = device.live.subscribe('subscription ($p: ID) { libraryChanged(profileId: $p) { preference { value } } }', { p: user.profileId });
    }
    for (const device of receivers(user)) {
      await whenSubscribed(device.library!, (attempt) => setPreference(user, `probe-${attempt}-${randomUUID()}`), (e) => Boolean(e.data?.libraryChanged.preference));
    }
  }
  let errors = 0;
  const syncMs: number[] = [];
  for (let sample = 0; sample < SAMPLES; sample++) {
    const user = users[sample % users.length]!;
    const value = `v-${sample}-${randomUUID()}`;
    const targets = receivers(user);
    const froms = targets.map((d) => d.library!.events.length);
    const started = performance.now();
    await setPreference(user, value);
    await Promise.all(
      targets.map(async (device, i) => {
        try {
          await device.library!.next((e) => e.data?.libraryChanged.preference?.value === value, { from: froms[i], timeoutMs: 10_000 });
          syncMs.push(performance.now() - started);
        } catch {
          errors++;
        }
      }),
    );
  }

  // Remote control: device 0 of each user commands the user's last device, which is watching and listening.
  const controlMs: number[] = [];
  const pairs = users
    .map((user) => ({ user, source: user.devices[0]!, target: user.devices.at(-1)! }))
    .filter((pair) => pair.source.id !== pair.target.id || pair.user.devices.length === 1);
  for (const { user, source, target } of pairs) {
    await graphql(user.token, HEARTBEAT, { d: target.id, s: 'WATCHING' });
    if (source.id !== target.id) await graphql(user.token, HEARTBEAT, { d: source.id, s: 'BROWSING' });
    target.commands = target.live.subscribe('subscription ($d: ID!) { deviceCommands(deviceId: $d) { id } }', { d: target.id });
    await whenSubscribed(
      target.commands,
      (attempt) =>
        graphql(user.token, 'mutation ($t: ID!, $l: Int!) { sendDeviceCommand(input: { targetDeviceId: $t, type: SET_VOLUME, params: { level: $l } }) { id } }', { t: target.id, l: attempt % 100 }).then(
          () => undefined,
        ),
      () => true,
    );
  }
  for (let sample = 0; sample < SAMPLES; sample++) {
    const { user, target } = pairs[sample % pairs.length]!;
    const from = target.commands!.events.length;
    const started = performance.now();
    // Seek positions differ, so the 1-second duplicate debounce never swallows a sample.
    const { sendDeviceCommand } = await graphql<{ sendDeviceCommand: { id: string } }>(
      user.token,
      'mutation ($t: ID!, $p: Float!) { sendDeviceCommand(input: { targetDeviceId: $t, type: SEEK, params: { positionSeconds: $p } }) { id } }',
      { t: target.id, p: sample },
    );
    try {
      await target.commands!.next((e) => e.data?.deviceCommands.id === sendDeviceCommand.id, { from, timeoutMs: 10_000 });
      controlMs.push(performance.now() - started);
    } catch {
      errors++;
    }
  }

  const connections = users.reduce((n, user) => n + user.devices.length, 0);
  for (const user of users) for (const device of user.devices) await device.live.dispose();
  return {
    devices: size,
    connections,
    sync: latencyStats(syncMs),
    control: latencyStats(controlMs),
    errors,
  };
}

interface CapacityStep {
  connections: number;
  /** Growth since no connections were open, divided by the connections open. */
  heapPerConnectionKb: number;
  rssPerConnectionKb: number;
  fanout: LatencyStats;
  missed: number;
}

/** One user's connections in steps, each with `libraryChanged`: memory per connection and one change's fan-out. */
async function capacity(db: pg.Client, web: client.Configuration): Promise<CapacityStep[]> {
  const user = await createUser(db, web, 9999, 0);
  const baseline = await memoryFloor();
  const subscriptions: Array<LiveSubscription<{ libraryChanged: { preference: { value: string } | null } }>> = [];
  const connections: LiveConnection[] = [];
  const steps: CapacityStep[] = [];
  try {
    for (const target of CAPACITY_STEPS) {
      // Clients arrive in batches, each waiting for its acknowledgements, as a fleet reconnecting with backoff would.
      while (connections.length < target) {
        const batch = Array.from({ length: Math.min(CONNECT_BATCH, target - connections.length) }, () => connectLive(URL_BASE, user.token));
        await Promise.all(batch.map((live) => Promise.race([live.connected, live.closed])));
        for (const live of batch) {
          connections.push(live);
          subscriptions.push(live.subscribe('subscription ($p: ID) { libraryChanged(profileId: $p) { preference { value } } }', { p: user.profileId }));
        }
      }
      // Probe until every stream has delivered something, so all of them are open.
      for (let attempt = 0; attempt < 100 && subscriptions.some((sub) => sub.events.length === 0); attempt++) {
        await setPreference(user, `probe-${attempt}-${randomUUID()}`);
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
      const memory = await memoryFloor();
      const value = `fanout-${target}`;
      const froms = subscriptions.map((sub) => sub.events.length);
      const started = performance.now();
      await setPreference(user, value);
      const arrivals = await Promise.all(
        subscriptions.map((sub, i) =>
          sub
            .next((e) => e.data?.libraryChanged.preference?.value === value, { from: froms[i], timeoutMs: 30_000 })
            .then(() => performance.now() - started)
            .catch(() => Number.NaN),
        ),
      );
      steps.push({
        connections: target,
        heapPerConnectionKb: (memory.heap - baseline.heap) / target / 1024,
        rssPerConnectionKb: (memory.rss - baseline.rss) / target / 1024,
        fanout: latencyStats(arrivals.filter((ms) => !Number.isNaN(ms))),
        missed: arrivals.filter((ms) => Number.isNaN(ms)).length,
      });
    }
  } finally {
    await Promise.all(connections.map((live) => live.dispose()));
  }
  return steps;
}

const database = await benchDatabase('mg_bench_sync');
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
let product: RunningProcess | undefined;
const db = new pg.Client({ connectionString: database.url });
try {
  product = await startProcess(
    fileURLToPath(new URL('../../router/src/main.ts', import.meta.url)),
    PORT,
    {
      DATABASE_URL: database.url,
      REDIS_URL: redisUrl,
      HOST: '127.0.0.1',
      PORT: String(PORT),
      PUBLIC_URL: URL_BASE,
      OAUTH_WEB_REDIRECT_URIS: REDIRECT,
      ROUTER_MODE: 'embedded',
      DATA_DIR: `/tmp/mg-bench-sync-${process.pid}`,
      EMBEDDING_CACHE_DIR: fileURLToPath(new URL('../../.data/models', import.meta.url)),
      EMBEDDING_DOWNLOAD: 'false',
      LOG_LEVEL: 'warn',
      RATE_LIMIT_ENABLED: 'false',
      OAUTH_RATE_LIMIT_ENABLED: 'false',
    },
    20 * 60_000,
  );
  // Discovery embeds the catalogue in the background after start; measuring before it is done measures that.
  await waitForDiscoveryIndex(URL_BASE, 30 * 60_000);
  await db.connect();
  const web = await client.discovery(new URL(`${URL_BASE}/oidc`), 'web', undefined, client.None(), { execute: [client.allowInsecureRequests] });
  const phases: Phase[] = [];
  for (const size of SIZES) phases.push(await runPhase(db, web, size));
  const steps = await capacity(db, web);

  const ms = (value: number) => (Number.isNaN(value) ? '—' : value.toFixed(1));
  console.log(`\nsync benchmark: embedded router, graphql-ws clients, ${SAMPLES} samples per measure, pub/sub ${redisUrl ? 'Redis' : 'in-memory'}\n`);
  console.log('devices  connections   sync p50    p95    p99  | control p50    p95    p99 | errors');
  for (const p of phases) {
    console.log(
      `${String(p.devices).padStart(7)}${String(p.connections).padStart(13)}${ms(p.sync.p50).padStart(11)}${ms(p.sync.p95).padStart(7)}${ms(p.sync.p99).padStart(7)}  |${ms(p.control.p50).padStart(12)}${ms(p.control.p95).padStart(7)}${ms(p.control.p99).padStart(7)} |${String(p.errors).padStart(7)}`,
    );
  }
  console.log('\none router process, one user: connections held, memory per connection, one change fanned out to all of them');
  console.log('connections   heap KiB/conn   rss KiB/conn   fan-out p50    p95    p99   missed');
  for (const step of steps) {
    console.log(
      `${String(step.connections).padStart(11)}${step.heapPerConnectionKb.toFixed(1).padStart(16)}${step.rssPerConnectionKb.toFixed(1).padStart(15)}${ms(step.fanout.p50).padStart(14)}${ms(step.fanout.p95).padStart(7)}${ms(step.fanout.p99).padStart(7)}${String(step.missed).padStart(9)}`,
    );
  }
  const verdict = (value: number, limit: number) => (value < limit ? 'met' : 'missed');
  console.log('\ntargets');
  for (const p of phases) {
    console.log(
      `${String(p.devices).padStart(5)} devices: sync p95 ${ms(p.sync.p95)} ms (< ${TARGET.syncP95}: ${verdict(p.sync.p95, TARGET.syncP95)}), remote control p95 ${ms(p.control.p95)} ms (< ${TARGET.controlP95}: ${verdict(p.control.p95, TARGET.controlP95)})`,
    );
  }
} finally {
  await db.end().catch(() => undefined);
  await product?.stop();
  await database.drop();
}
