import type { DomainEvent, EventBus, Unsubscribe } from '@media-gateway/events';

/**
 * A bus that keeps what the relay hands it, in publish calls, so relay tests can assert batches, order and
 * concurrency. `onPublish` runs after recording, before `publish` resolves: a test can fail the call there, the way a
 * process that dies after the broker accepted the events (and before the outbox rows were marked) would.
 */
export class RecordingBus implements EventBus {
  readonly kind = 'in-process' as const;
  readonly calls: DomainEvent[][] = [];
  inFlight = 0;
  maxInFlight = 0;

  constructor(private readonly onPublish?: (events: readonly DomainEvent[]) => Promise<void> | void) {}

  get events(): DomainEvent[] {
    return this.calls.flat();
  }

  async publish(events: readonly DomainEvent[]): Promise<void> {
    this.inFlight += 1;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    try {
      this.calls.push([...events]);
      await this.onPublish?.(events);
    } finally {
      this.inFlight -= 1;
    }
  }

  async subscribe(): Promise<Unsubscribe> {
    throw new Error('RecordingBus only records publishing');
  }

  async close(): Promise<void> {}
}
