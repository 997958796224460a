import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { PubSub } from '@media-gateway/realtime';

/** A subscriber that records what it gets. */
export async function listen(pubsub: PubSub, channel: string) {
  const messages: unknown[] = [];
  const unsubscribe = await pubsub.subscribe(channel, (message) => messages.push(message));
  return { messages, unsubscribe };
}

/**
 * The behaviour every PubSub adapter must have; each adapter's test file runs it against a real instance. Redis
 * delivers asynchronously, so "nothing arrived" is shown with a barrier: a later message on a channel that is still
 * subscribed, on the same connection, arrives after anything published before it.
 */
export function pubSubContract(name: string, create: () => Promise<PubSub>, options: { skip?: string } = {}): void {
  describe.skipIf(Boolean(options.skip))(`PubSub contract: ${name}`, () => {
    let pubsub: PubSub;
    let n = 0;
    const channel = () => `contract.${Math.random().toString(36).slice(2)}.${++n}`;

    beforeAll(async () => {
      pubsub = await create();
    });
    afterAll(async () => pubsub?.close());

    /** Call before publishing what must not arrive; await the result after, then assert it did not. */
    async function withBarrier() {
      const ch = channel();
      const sentinel = await listen(pubsub, ch);
      return async () => {
        const marker = `barrier-${++n}`;
        await pubsub.publish(ch, marker);
        await vi.waitFor(() => expect(sentinel.messages).toContain(marker));
        await sentinel.unsubscribe();
      };
    }

    it('round-trips JSON values in publish order', async () => {
      const ch = channel();
      const sub = await listen(pubsub, ch);
      const values = [{ n: 1, nested: { list: ['x', 2] } }, 'text', 42, null, true, [1, 2, 3]];
      for (const value of values) await pubsub.publish(ch, value);
      await vi.waitFor(() => expect(sub.messages).toEqual(values));
      await sub.unsubscribe();
    });

    it('delivers to every listener, each with its own copy', async () => {
      const ch = channel();
      const mutated: unknown[] = [];
      const unsubscribeMutator = await pubsub.subscribe(ch, (message) => {
        (message as { n: number }).n = 99;
        mutated.push(message);
      });
      const other = await listen(pubsub, ch);
      await pubsub.publish(ch, { n: 1 });
      await vi.waitFor(() => expect(other.messages).toEqual([{ n: 1 }]));
      expect(mutated).toEqual([{ n: 99 }]);
      await Promise.all([unsubscribeMutator(), other.unsubscribe()]);
    });

    it('keeps channels apart', async () => {
      const ch = channel();
      const parent = await listen(pubsub, ch);
      const child = await listen(pubsub, `${ch}.child`);
      await pubsub.publish(`${ch}.child`, 'for the child');
      await pubsub.publish(ch, 'for the parent');
      await vi.waitFor(() => expect(parent.messages).toEqual(['for the parent']));
      expect(child.messages).toEqual(['for the child']);
      await Promise.all([parent.unsubscribe(), child.unsubscribe()]);
    });

    it('stops delivering to a listener that unsubscribed, and only to it', async () => {
      const ch = channel();
      const leaving = await listen(pubsub, ch);
      const staying = await listen(pubsub, ch);
      await pubsub.publish(ch, 'both');
      await vi.waitFor(() => expect(leaving.messages).toEqual(['both']));
      await leaving.unsubscribe();
      await leaving.unsubscribe(); // idempotent
      const wait = await withBarrier();
      await pubsub.publish(ch, 'staying only');
      await wait();
      await vi.waitFor(() => expect(staying.messages).toEqual(['both', 'staying only']));
      expect(leaving.messages).toEqual(['both']);
      await staying.unsubscribe();
    });

    it('delivers nothing after the last listener left, and again after a new one came', async () => {
      const ch = channel();
      const first = await listen(pubsub, ch);
      await first.unsubscribe();
      const wait = await withBarrier();
      await pubsub.publish(ch, 'nobody');
      await wait();
      expect(first.messages).toEqual([]);
      const second = await listen(pubsub, ch);
      await pubsub.publish(ch, 'somebody');
      await vi.waitFor(() => expect(second.messages).toEqual(['somebody']));
      await second.unsubscribe();
    });

    it('treats the same callback subscribed twice as two subscriptions', async () => {
      const ch = channel();
      const messages: unknown[] = [];
      const record = (message: unknown) => messages.push(message);
      const unsubscribeOne = await pubsub.subscribe(ch, record);
      const unsubscribeTwo = await pubsub.subscribe(ch, record);
      await pubsub.publish(ch, 'x');
      await vi.waitFor(() => expect(messages).toEqual(['x', 'x']));
      await unsubscribeOne();
      await pubsub.publish(ch, 'y');
      await vi.waitFor(() => expect(messages).toEqual(['x', 'x', 'y']));
      await unsubscribeTwo();
    });

    it('keeps delivering to the others when a listener throws', async () => {
      const ch = channel();
      const unsubscribeThrower = await pubsub.subscribe(ch, () => {
        throw new Error('listener bug');
      });
      const other = await listen(pubsub, ch);
      await pubsub.publish(ch, 1);
      await pubsub.publish(ch, 2);
      await vi.waitFor(() => expect(other.messages).toEqual([1, 2]));
      await Promise.all([unsubscribeThrower(), other.unsubscribe()]);
    });

    it('rejects what JSON cannot carry and an empty channel as caller misuse', async () => {
      await expect(pubsub.publish(channel(), undefined)).rejects.toThrow(TypeError);
      await expect(pubsub.publish(channel(), () => 1)).rejects.toThrow(TypeError);
      await expect(pubsub.publish('', 1)).rejects.toThrow(/channel must be a non-empty string/);
      await expect(pubsub.subscribe('', () => {})).rejects.toThrow(TypeError);
    });
  });

  describe.skipIf(Boolean(options.skip))(`PubSub contract: ${name} (close)`, () => {
    it('refuses to publish or subscribe after close', async () => {
      const pubsub = await create();
      await pubsub.close();
      await expect(pubsub.publish('x', 1)).rejects.toMatchObject({ code: 'CLOSED' });
      await expect(pubsub.subscribe('x', () => {})).rejects.toMatchObject({ code: 'CLOSED' });
    });
  });
}
