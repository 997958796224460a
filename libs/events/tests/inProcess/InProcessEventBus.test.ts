import { describe, expect, it } from 'vitest';
import { InProcessEventBus, type DomainEvent, type ReplaySource } from '@media-gateway/events';
import { eventBusContract } from '../eventBusContract.js';
import { makeEvent } from '../support/makeEvent.js';

eventBusContract('in-process', async (retry) => new InProcessEventBus({ retry }));

/** A stored history, as an outbox would give it (the outbox-backed source is tested in tests/outbox). */
function history(source: string, events: DomainEvent[]): ReplaySource & { calls: number[] } {
  const calls: number[] = [];
  return {
    source,
    calls,
    async replay(fromSequence, types, handler) {
      calls.push(fromSequence);
      for (const event of events) if (event.sequence >= fromSequence && types.includes(event.type)) await handler(event);
    },
  };
}

describe('InProcessEventBus', () => {
  it('returns from publish before any handler runs, so a relay never waits on consumers', async () => {
    const bus = new InProcessEventBus();
    let ran = false;
    await bus.subscribe({ group: 'slow', types: ['t.item.changed'] }, () => {
      ran = true;
    });
    await bus.publish([makeEvent('t.item.changed', 'a', 1)]);
    expect(ran).toBe(false);
    await bus.whenIdle();
    expect(ran).toBe(true);
    await bus.close();
  });

  it('allows one subscriber per group in a process', async () => {
    const bus = new InProcessEventBus();
    await bus.subscribe({ group: 'only', types: ['t.item.changed'] }, () => {});
    await expect(bus.subscribe({ group: 'only', types: ['t.item.changed'] }, () => {})).rejects.toThrow(/group "only" already has a subscriber/);
    await bus.close();
  });

  it('replays the history to a late subscriber, then hands over to live events without losing or repeating one', async () => {
    const bus = new InProcessEventBus();
    const stored = [1, 2, 3].map((n) => makeEvent('t.item.changed', `a${n}`, n));
    const source = history('test', stored);
    bus.addReplaySource(source);
    const seen: number[] = [];
    // An event published while the replay runs, and one the relay publishes again although the replay had it.
    const live = makeEvent('t.item.changed', 'a4', 4);
    let publishedDuringReplay = false;
    await bus.subscribe({ group: 'late', types: ['t.item.changed'], replay: {} }, async (event) => {
      seen.push(event.sequence);
      if (!publishedDuringReplay) {
        publishedDuringReplay = true;
        await bus.publish([stored[2]!, live]);
      }
    });
    await bus.whenIdle();
    expect(seen).toEqual([1, 2, 3, 4]);
    expect(source.calls).toEqual([0]);
    await bus.close();
  });

  it('replays from the sequence a consumer asks for, per source', async () => {
    const bus = new InProcessEventBus();
    bus.addReplaySource(history('catalog', [1, 2, 3].map((n) => ({ ...makeEvent('t.item.changed', 'a', n), source: 'catalog' }))));
    bus.addReplaySource(history('other', [1, 2].map((n) => ({ ...makeEvent('t.item.changed', 'b', n), source: 'other' }))));
    const seen: string[] = [];
    await bus.subscribe({ group: 'resume', types: ['t.item.changed'], replay: { fromSequence: { catalog: 3 } } }, (e) => {
      seen.push(`${e.source}:${e.sequence}`);
    });
    await bus.whenIdle();
    expect(seen).toEqual(['catalog:3', 'other:1', 'other:2']);
    expect(() => bus.addReplaySource(history('catalog', []))).toThrow(/already registered/);
    await bus.close();
  });

  it('resumes a replay that failed half-way where it stopped', async () => {
    const bus = new InProcessEventBus({ retry: { initialDelayMs: 1, maxDelayMs: 5 } });
    const stored = [1, 2, 3, 4].map((n) => makeEvent('t.item.changed', 'a', n));
    let failOnce = true;
    const starts: number[] = [];
    bus.addReplaySource({
      source: 'test',
      async replay(from, _types, handler) {
        starts.push(from);
        for (const event of stored.filter((e) => e.sequence >= from)) {
          if (event.sequence === 3 && failOnce) {
            failOnce = false;
            throw new Error('connection lost');
          }
          await handler(event);
        }
      },
    });
    const seen: number[] = [];
    await bus.subscribe({ group: 'resuming', types: ['t.item.changed'], replay: {} }, (e) => void seen.push(e.sequence));
    await bus.whenIdle();
    expect(seen).toEqual([1, 2, 3, 4]);
    expect(starts).toEqual([0, 3]);
    await bus.close();
  });
});
