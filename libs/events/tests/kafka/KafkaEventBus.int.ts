import { setTimeout as delay } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { KafkaEventBus } from '@media-gateway/events';
import { eventBusContract } from '../eventBusContract.js';
import { makeEvent } from '../support/makeEvent.js';
import { waitFor } from '../support/waitFor.js';

const brokers = process.env.KAFKA_BROKERS?.split(',').map((b) => b.trim()).filter(Boolean) ?? [];
const SKIP = brokers.length === 0 ? 'KAFKA_BROKERS is not set: no Kafka broker to run the KafkaEventBus contract against' : undefined;
if (SKIP) console.warn(`KafkaEventBus contract skipped: ${SKIP}`);

eventBusContract('kafka', async (retry) => new KafkaEventBus({ brokers, prefix: 'mgtest', retry, numPartitions: 3 }), {
  skip: SKIP,
  // The group is joined when subscribe resolves, but the partitions' start offsets are fetched just after.
  afterSubscribe: () => delay(2_000),
  timeoutMs: 30_000,
});

describe.skipIf(Boolean(SKIP))('KafkaEventBus', () => {
  it('replays what the topic retains to a new group that asks for it', async () => {
    const bus = new KafkaEventBus({ brokers, prefix: 'mgtest', numPartitions: 3 });
    const type = `r${Date.now()}.item.changed`;
    const events = [1, 2, 3].map((n) => makeEvent(type, 'a', n));
    await bus.publish(events);
    const seen: number[] = [];
    await bus.subscribe({ group: `replay-${Date.now()}`, types: [type], replay: { fromSequence: { test: 2 } } }, (e) => void seen.push(e.sequence));
    await waitFor('the retained events', () => seen.length === 2, 30_000);
    expect(seen).toEqual([2, 3]);
    await bus.close();
  });

  it('rejects a broker list that is not host:port', () => {
    expect(() => new KafkaEventBus({ brokers: ['localhost'] })).toThrow(/host:port/);
  });
});
