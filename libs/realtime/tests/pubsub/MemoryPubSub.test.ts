import { describe, expect, it } from 'vitest';
import { createPubSub, MemoryPubSub } from '@media-gateway/realtime';
import { listen, pubSubContract } from './pubSubContract.js';

pubSubContract('memory', async () => new MemoryPubSub());

describe('MemoryPubSub', () => {
  it('is what createPubSub gives without a Redis URL', async () => {
    const pubsub = await createPubSub({});
    expect(pubsub.kind).toBe('memory');
    await pubsub.close();
  });

  it('has delivered by the time publish resolves', async () => {
    const pubsub = new MemoryPubSub();
    const sub = await listen(pubsub, 'c');
    await pubsub.publish('c', { at: 1 });
    expect(sub.messages).toEqual([{ at: 1 }]);
    await pubsub.close();
  });

  it('logs a throwing listener instead of failing the publisher', async () => {
    const errors: unknown[] = [];
    const pubsub = new MemoryPubSub({ warn() {}, error: (obj) => errors.push(obj) });
    await pubsub.subscribe('c', () => {
      throw new Error('listener bug');
    });
    await expect(pubsub.publish('c', 1)).resolves.toBeUndefined();
    expect(errors).toEqual([expect.objectContaining({ channel: 'c', error: expect.objectContaining({ message: 'listener bug' }) })]);
    await pubsub.close();
  });
});
