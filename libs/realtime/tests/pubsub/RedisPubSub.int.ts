import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Redis } from 'ioredis';
import { createPubSub, RedisPubSub, subscribeIterator, type PubSub } from '@media-gateway/realtime';
import { REDIS_SKIP_REASON, testRedisClients, testRedisUrl } from '@media-gateway/testing';
import { listen, pubSubContract } from './pubSubContract.js';

const url = testRedisUrl();
if (!url) console.warn(`RedisPubSub contract skipped: ${REDIS_SKIP_REASON}`);
const prefix = `mg-test:${process.pid}:pubsub:`;

pubSubContract('redis', async () => new RedisPubSub(url!, prefix).connect(), { skip: url ? undefined : REDIS_SKIP_REASON });

describe.skipIf(!url)('RedisPubSub', () => {
  const redis = url ? testRedisClients('pubsub') : undefined;
  let raw: Redis;
  let replicaA: PubSub;
  let replicaB: PubSub;

  beforeAll(async () => {
    raw = await redis!.connect();
    replicaA = await createPubSub({ redisUrl: url, keyPrefix: redis!.keyPrefix });
    replicaB = await createPubSub({ redisUrl: url, keyPrefix: redis!.keyPrefix });
  });
  afterAll(async () => {
    await Promise.all([replicaA?.close(), replicaB?.close()]);
    await redis?.cleanUp();
  });

  async function subscribers(channel: string): Promise<number> {
    const [, count] = (await raw.pubsub('NUMSUB', redis!.keyPrefix + channel)) as [string, number];
    return count;
  }

  it('fans out across connections: what one replica publishes, the other receives', async () => {
    const onB = await listen(replicaB, 'user.u1.devices');
    await replicaA.publish('user.u1.devices', { kind: 'JOIN', deviceId: 'tv' });
    await vi.waitFor(() => expect(onB.messages).toEqual([{ kind: 'JOIN', deviceId: 'tv' }]));
    await onB.unsubscribe();
  });

  it('subscribes a channel once however many listeners it has, and unsubscribes with the last', async () => {
    const one = await listen(replicaA, 'refcount');
    const two = await listen(replicaA, 'refcount');
    expect(await subscribers('refcount')).toBe(1);
    const three = await listen(replicaB, 'refcount');
    expect(await subscribers('refcount')).toBe(2);
    await one.unsubscribe();
    expect(await subscribers('refcount')).toBe(2);
    await two.unsubscribe();
    expect(await subscribers('refcount')).toBe(1);
    await three.unsubscribe();
    expect(await subscribers('refcount')).toBe(0);
  });

  it('survives an unsubscribe racing a fresh subscribe of the same channel', async () => {
    const first = await listen(replicaA, 'race');
    const [, second] = await Promise.all([first.unsubscribe(), listen(replicaA, 'race')]);
    expect(await subscribers('race')).toBe(1);
    await replicaB.publish('race', 'after');
    await vi.waitFor(() => expect(second.messages).toEqual(['after']));
    await second.unsubscribe();
  });

  it('puts the key prefix on the wire and takes it off on the way in', async () => {
    const sub = await listen(replicaA, 'prefixed');
    await raw.publish('prefixed', JSON.stringify('without prefix'));
    await raw.publish(`${redis!.keyPrefix}prefixed`, JSON.stringify('with prefix'));
    await vi.waitFor(() => expect(sub.messages).toEqual(['with prefix']));
    await sub.unsubscribe();
  });

  it('drops a message that is not JSON and keeps going', async () => {
    const warnings: unknown[] = [];
    const logged = await new RedisPubSub(url!, redis!.keyPrefix, { warn: (obj) => warnings.push(obj), error() {} }).connect();
    const sub = await listen(logged, 'garbage');
    await raw.publish(`${redis!.keyPrefix}garbage`, '{not json');
    await raw.publish(`${redis!.keyPrefix}garbage`, '"fine"');
    await vi.waitFor(() => expect(sub.messages).toEqual(['fine']));
    expect(warnings).toHaveLength(1);
    await logged.close();
  });

  it('hands a subscription iterator what another replica publishes right after it resolves', async () => {
    const iterator = await subscribeIterator<{ n: number }>(replicaB, ['user.u2.sync', 'user.u2.playback']);
    await replicaA.publish('user.u2.sync', { n: 1 });
    await replicaA.publish('user.u2.playback', { n: 2 });
    expect(await iterator.next()).toEqual({ done: false, value: { n: 1 } });
    expect(await iterator.next()).toEqual({ done: false, value: { n: 2 } });
    await iterator.return!();
    expect(await subscribers('user.u2.sync')).toBe(0);
  });

  it('fails fast, not hangs, when Redis is unreachable', async () => {
    await expect(createPubSub({ redisUrl: 'redis://127.0.0.1:1' })).rejects.toThrow();
  });
});
