import type { DomainEvent } from '../DomainEvent.js';
import type { EventBus, EventHandler, SubscribeOptions, Unsubscribe } from '../EventBus.js';
import type { EventsLogger } from '../EventsLogger.js';
import type { ReplaySource } from '../ReplaySource.js';
import { EventsError } from '../errors.js';
import { resolveRetryPolicy, type RetryPolicy } from '../RetryPolicy.js';
import { validateSubscribeOptions } from '../lib/validateSubscribeOptions.js';
import { GroupWorker } from './GroupWorker.js';

export interface InProcessEventBusOptions {
  logger?: EventsLogger;
  retry?: Partial<RetryPolicy>;
}

/**
 * The embedded mode's bus: events published by a relay in this process reach this process's subscribers. Each group
 * has its own queue and worker (see `GroupWorker`); `publish` only queues, so neither the relay nor other groups
 * wait for a handler.
 *
 * Durability comes from the outbox, not from this bus: an event queued here is lost for a group if the process
 * stops before the handler ran, while the relay has already marked it published. A consumer that must not miss one
 * keeps the last sequence it applied and subscribes with `replay: { fromSequence }` at start, which reads the
 * history from the outbox (register it with `addReplaySource`). One subscriber per group in a process.
 */
export class InProcessEventBus implements EventBus {
  readonly kind = 'in-process' as const;
  private readonly groups = new Map<string, GroupWorker>();
  private readonly replaySources = new Map<string, ReplaySource>();
  private readonly policy: RetryPolicy;
  private readonly logger: EventsLogger | undefined;
  private closed = false;

  constructor(options: InProcessEventBusOptions = {}) {
    this.policy = resolveRetryPolicy(options.retry, 'InProcessEventBus');
    this.logger = options.logger;
  }

  /** Makes one source's history available to subscribers that ask for replay. */
  addReplaySource(source: ReplaySource): void {
    if (this.replaySources.has(source.source)) {
      throw new TypeError(`InProcessEventBus.addReplaySource: source ${JSON.stringify(source.source)} is already registered`);
    }
    this.replaySources.set(source.source, source);
  }

  async publish(events: readonly DomainEvent[]): Promise<void> {
    if (this.closed) throw new EventsError('BUS_CLOSED', 'InProcessEventBus.publish: the bus is closed');
    for (const worker of this.groups.values()) worker.offer(events);
  }

  async subscribe<T = unknown>(options: SubscribeOptions, handler: EventHandler<T>): Promise<Unsubscribe> {
    validateSubscribeOptions('InProcessEventBus', options, handler);
    if (this.closed) throw new EventsError('BUS_CLOSED', 'InProcessEventBus.subscribe: the bus is closed');
    if (this.groups.has(options.group)) {
      throw new TypeError(`InProcessEventBus.subscribe: group ${JSON.stringify(options.group)} already has a subscriber in this process`);
    }
    const worker = new GroupWorker(options.group, new Set(options.types), handler as EventHandler, this.policy, this.logger);
    if (options.replay) {
      if (this.replaySources.size === 0) {
        this.logger?.warn({ group: options.group }, 'replay requested but no replay source is registered; delivering live events only');
      } else {
        worker.replayFirst({ sources: [...this.replaySources.values()], fromSequence: options.replay.fromSequence ?? {} });
      }
    }
    this.groups.set(options.group, worker);
    return async () => {
      if (this.groups.get(options.group) === worker) this.groups.delete(options.group);
      await worker.stop();
    };
  }

  /** Resolves once every group has handled (or given up) everything published so far, replays included. For tests. */
  async whenIdle(): Promise<void> {
    for (;;) {
      const workers = [...this.groups.values()];
      await Promise.all(workers.map((worker) => worker.idle()));
      // A handler may have published more meanwhile; done only when a check finds every group idle at once.
      if ([...this.groups.values()].every((worker) => worker.isIdle())) return;
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    const workers = [...this.groups.values()];
    this.groups.clear();
    await Promise.all(workers.map((worker) => worker.stop()));
  }
}
