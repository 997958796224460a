import { HybridClock, formatHlc } from '@media-gateway/crdt';
import { expect } from 'vitest';
import { discoveryClient, type DiscoveryClient, type User } from '../discovery/discoveryClient.js';
import type { TestProduct } from '../../support/startTestProduct.js';
import { connectLive, type LiveConnection } from '../../support/liveClient.js';

export interface Answer<T> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

/** One of a user's signed-in devices: its token, its registered id, its own HLC, and a live connection. */
export interface Device {
  id: string;
  name: string;
  token: string;
  clock: HybridClock;
  live: LiveConnection;
  /** A fresh timestamp string from this device's clock. */
  hlc(): string;
  call<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<Answer<T>>;
  /** Like `call`, but fails the test on any error. */
  must<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<T>;
}

export interface Household {
  api: DiscoveryClient;
  profileId: string;
  devices: Device[];
}

export const DEVICE_FIELDS = 'id name type status state';

/**
 * Registers `user` (premium, so three devices fit), signs each device in separately as real devices do, registers
 * them, and opens a graphql-ws connection per device.
 */
export async function household(
  product: TestProduct,
  user: User,
  devices: ReadonlyArray<{ name: string; type: string; platform: string; capabilities?: Record<string, unknown> }>,
  role = 'premium',
): Promise<Household> {
  const api = await discoveryClient(product);
  await api.register(user);
  await product.sql(`UPDATE identity."user" SET role = $1 WHERE email = $2`, [role, user.email]);
  const out: Device[] = [];
  let profileId = '';
  for (const spec of devices) {
    const token = await api.signIn(user, 'openid read:content write:preferences');
    const call = async <T>(query: string, variables?: Record<string, unknown>) => (await api.call<T>(query, variables, token)).body as Answer<T>;
    const must = async <T>(query: string, variables?: Record<string, unknown>) => {
      const body = await call<T>(query, variables);
      expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
      return body.data as T;
    };
    if (!profileId) profileId = (await must<{ me: { profiles: Array<{ id: string }> } }>('{ me { profiles { id } } }')).me.profiles[0]!.id;
    const registered = await must<{ registerDevice: { device: { id: string } } }>(
      'mutation ($input: RegisterDeviceInput!) { registerDevice(input: $input) { device { id } } }',
      { input: { name: spec.name, type: spec.type, platform: spec.platform, capabilities: spec.capabilities ?? {} } },
    );
    const id = registered.registerDevice.device.id;
    const clock = new HybridClock({ node: id });
    out.push({ id, name: spec.name, token, clock, live: connectLive(product.url, token), hlc: () => formatHlc(clock.now()), call, must });
  }
  return { api, profileId, devices: out };
}

/** The first `count` catalogue titles with their names. */
export async function someTitles(product: TestProduct, count: number): Promise<Array<{ id: string; name: string }>> {
  const { body } = await product.graphql<{ titles: { edges: Array<{ node: { id: string; name: string } }> } }>(
    `{ titles(first: ${count}) { edges { node { id name } } } }`,
  );
  expect(body.errors).toBeUndefined();
  return body.data!.titles.edges.map((edge) => edge.node);
}
