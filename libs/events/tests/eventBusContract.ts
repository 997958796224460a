import { randomUUID } from 'node:crypto';
import { setTimeout as delay } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventsError, type DomainEvent, type EventBus, type RetryPolicy } from '@media-gateway/events';
import { makeEvent } from './support/makeEvent.js';
import { waitFor } from './support/waitFor.js';

export interface EventBusContractOptions {
  /** Skips the suite, printing why (a backend that is not reachable). */
  skip?: string;
  /** Runs after each subscribe, before the test publishes: Kafka needs a moment to assign partitions. */
  afterSubscribe?: () => Promise<void>;
  /** How long to wait for deliveries. @default 10000 */
  timeoutMs?: number;
}

/** Fast retries so the contract runs in seconds; each adapter must honour the policy it is given. */
const RETRY: Partial<RetryPolicy> = { initialDelayMs: 10, maxDelayMs: 40, maxAttempts: 4 };

/**
 * The behaviour every EventBus must have (EventBus.ts): delivery to every subscribed group, per-aggregate order,
 * retries that never hold up another group, giving up a poison event, unsubscribe, misuse and close. Each test uses
 * fresh event types and groups, so adapters with durable state (Kafka topics and offsets) start clean.
 */
export function eventBusContract(name: string, create: (retry: Partial<RetryPolicy>) => Promise<EventBus>, options: EventBusContractOptions = {}): void {
  const timeoutMs = options.timeoutMs ?? 10_000;
  describe.skipIf(Boolean(options.skip))(`EventBus contract: ${name}`, () => {
    let bus: EventBus;
    beforeAll(async () => {
      bus = await create(RETRY);
    });
    afterAll(async () => bus?.close());

    const fresh = () => {
      const tag = `c${randomUUID().replaceAll('-', '').slice(0, 10)}`;
      return { type: (verb: string) => `${tag}.item.${verb}`, group: (g: string) => `${tag}-${g}` };
    };
    const subscribe = async (group: string, types: string[], handler: (event: DomainEvent) => Promise<void> | void) => {
      const unsubscribe = await bus.subscribe({ group, types }, handler);
      await options.afterSubscribe?.();
      return unsubscribe;
    };

    it('delivers every published event of its types to every group, and nothing else', async () => {
      const t = fresh();
      const got: Record<string, DomainEvent[]> = { a: [], b: [], other: [] };
      await subscribe(t.group('a'), [t.type('created')], (e) => void got.a!.push(e));
      await subscribe(t.group('b'), [t.type('created')], (e) => void got.b!.push(e));
      await subscribe(t.group('other'), [t.type('deleted')], (e) => void got.other!.push(e));
      const created = [makeEvent(t.type('created'), 'x', 1), makeEvent(t.type('created'), 'y', 2), makeEvent(t.type('created'), 'x', 3)];
      const deleted = makeEvent(t.type('deleted'), 'y', 4);
      await bus.publish([...created, deleted]);

      await waitFor('both groups to receive the created events', () => got.a!.length >= 3 && got.b!.length >= 3 && got.other!.length >= 1, timeoutMs);
      await delay(100);
      const byId = (list: DomainEvent[]) => [...list].sort((p, q) => p.sequence - q.sequence);
      expect(byId(got.a!)).toEqual(created);
      expect(byId(got.b!)).toEqual(created);
      expect(got.other).toEqual([deleted]);
    });

    it("keeps each aggregate's events in publish order", async () => {
      const t = fresh();
      const seen = new Map<string, number[]>();
      await subscribe(t.group('ordered'), [t.type('changed')], (e) => {
        seen.set(e.aggregateId, [...(seen.get(e.aggregateId) ?? []), e.sequence]);
      });
      let sequence = 0;
      for (let round = 0; round < 5; round += 1) {
        await bus.publish(['a', 'b', 'c', 'a', 'b', 'c', 'a', 'b', 'c', 'a', 'b', 'c'].map((id) => makeEvent(t.type('changed'), id, ++sequence)));
      }
      await waitFor('60 events', () => [...seen.values()].reduce((n, list) => n + list.length, 0) >= 60, timeoutMs);
      for (const id of ['a', 'b', 'c']) {
        const list = seen.get(id)!;
        expect(list).toHaveLength(20);
        expect(list).toEqual([...list].sort((p, q) => p - q));
      }
    });

    it('retries a failing handler with backoff, and a failing group holds up no other group', async () => {
      const t = fresh();
      const attempts = new Map<string, number>();
      let healthy = false;
      const flaky: DomainEvent[] = [];
      const steady: DomainEvent[] = [];
      await subscribe(t.group('flaky'), [t.type('changed')], (e) => {
        attempts.set(e.id, (attempts.get(e.id) ?? 0) + 1);
        if (!healthy && (attempts.get(e.id) ?? 0) < RETRY.maxAttempts!) throw new Error('read model unavailable');
        flaky.push(e);
      });
      await subscribe(t.group('steady'), [t.type('changed')], (e) => void steady.push(e));
      const events = [1, 2, 3].map((n) => makeEvent(t.type('changed'), 'same', n));
      await bus.publish(events);

      await waitFor('the steady group', () => steady.length === 3, timeoutMs);
      expect(steady.map((e) => e.sequence)).toEqual([1, 2, 3]);
      await waitFor('the first event to be retried', () => (attempts.get(events[0]!.id) ?? 0) >= 2, timeoutMs);
      healthy = true;
      await waitFor('the flaky group to recover', () => flaky.length === 3, timeoutMs);
      expect(flaky.map((e) => e.sequence)).toEqual([1, 2, 3]);
      expect(attempts.get(events[0]!.id)).toBeGreaterThanOrEqual(2);
    });

    it('gives up an event after maxAttempts and goes on with the next', async () => {
      const t = fresh();
      const poison = makeEvent(t.type('changed'), 'p', 1);
      const next = makeEvent(t.type('changed'), 'p', 2);
      let poisonAttempts = 0;
      const handled: number[] = [];
      await subscribe(t.group('poison'), [t.type('changed')], (e) => {
        if (e.id === poison.id) {
          poisonAttempts += 1;
          throw new Error('cannot apply');
        }
        handled.push(e.sequence);
      });
      await bus.publish([poison, next]);
      await waitFor('the event after the poison one', () => handled.length === 1, timeoutMs);
      expect(handled).toEqual([2]);
      expect(poisonAttempts).toBe(RETRY.maxAttempts);
    });

    it('stops delivering after unsubscribe', async () => {
      const t = fresh();
      const got: number[] = [];
      const unsubscribe = await subscribe(t.group('leaving'), [t.type('changed')], (e) => void got.push(e.sequence));
      await bus.publish([makeEvent(t.type('changed'), 'u', 1)]);
      await waitFor('the first event', () => got.length === 1, timeoutMs);
      await unsubscribe();
      await bus.publish([makeEvent(t.type('changed'), 'u', 2)]);
      await delay(300);
      expect(got).toEqual([1]);
    });

    it('rejects a bad subscription as caller misuse, naming the option', async () => {
      const t = fresh();
      await expect(bus.subscribe({ group: t.group('g'), types: [] }, () => {})).rejects.toThrow(/`types` must be a non-empty array/);
      await expect(bus.subscribe({ group: '', types: [t.type('x')] }, () => {})).rejects.toThrow(TypeError);
      await expect(bus.subscribe({ group: t.group('g'), types: [t.type('x')], replay: { fromSequence: { test: -1 } } }, () => {})).rejects.toThrow(
        /replay\.fromSequence\.test/,
      );
    });

    it('refuses to publish once closed', async () => {
      const closing = await create(RETRY);
      await closing.close();
      await closing.close();
      const error = await closing.publish([makeEvent(fresh().type('x'), 'z', 1)]).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(EventsError);
      expect(error).toMatchObject({ code: 'BUS_CLOSED', message: expect.stringMatching(/closed/) });
    });
  });
}
