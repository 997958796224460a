import { setImmediate } from 'node:timers';
import type { DomainEvent } from '../DomainEvent.js';
import type { EventHandler } from '../EventBus.js';
import type { EventsLogger } from '../EventsLogger.js';
import type { ReplaySource } from '../ReplaySource.js';
import type { RetryPolicy } from '../RetryPolicy.js';
import { backoffDelay } from '../lib/backoffDelay.js';
import { deliverWithRetry } from '../lib/deliverWithRetry.js';
import { sleep } from '../lib/sleep.js';

interface PendingReplay {
  sources: readonly ReplaySource[];
  fromSequence: Readonly<Record<string, number>>;
}

/**
 * One consumer group of the in-process bus: its own queue and its own worker, so a slow or failing handler holds
 * up only this group. Events are handled one at a time in arrival order, which keeps every aggregate in order.
 *
 * With a replay, live events that arrive meanwhile wait in `buffer`; when the history is through, the buffered
 * events the replay already handed over (same id) are dropped and the rest follow, so the handover neither loses an
 * event nor repeats one it can recognise.
 */
export class GroupWorker {
  private readonly queue: DomainEvent[] = [];
  private buffer: DomainEvent[] | null = null;
  private pendingReplay: PendingReplay | null = null;
  private working = false;
  private readonly abort = new AbortController();
  private idleWaiters: Array<() => void> = [];
  private finished: Promise<void> = Promise.resolve();

  constructor(
    private readonly group: string,
    private readonly types: ReadonlySet<string>,
    private readonly handler: EventHandler,
    private readonly policy: RetryPolicy,
    private readonly logger: EventsLogger | undefined,
  ) {}

  /** Must be called before the first `offer`, so nothing published after subscribing slips past the buffer. */
  replayFirst(replay: PendingReplay): void {
    this.buffer = [];
    this.pendingReplay = replay;
    this.kick();
  }

  offer(events: readonly DomainEvent[]): void {
    if (this.abort.signal.aborted) return;
    const mine = events.filter((event) => this.types.has(event.type));
    if (mine.length === 0) return;
    if (this.buffer) this.buffer.push(...mine);
    else {
      this.queue.push(...mine);
      this.kick();
    }
  }

  isIdle(): boolean {
    return !this.working && this.queue.length === 0 && this.buffer === null;
  }

  /** Resolves when nothing is queued, buffered or being handled. */
  idle(): Promise<void> {
    if (this.isIdle()) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Stops after the event in hand (a handler waiting for a retry stops at once); queued events are dropped. */
  async stop(): Promise<void> {
    this.abort.abort();
    this.queue.length = 0;
    this.buffer = null;
    await this.finished;
    this.notifyIdle();
  }

  private kick(): void {
    if (this.working || this.abort.signal.aborted) return;
    this.working = true;
    this.finished = this.work();
  }

  private async work(): Promise<void> {
    // Let the publisher's call (the relay's transaction) finish before any handler runs.
    await new Promise<void>((resolve) => setImmediate(resolve));
    try {
      if (this.pendingReplay) await this.replay(this.pendingReplay);
      while (this.queue.length > 0 && !this.abort.signal.aborted) {
        const event = this.queue[0]!;
        await deliverWithRetry(event, this.handler, { group: this.group, policy: this.policy, logger: this.logger, signal: this.abort.signal });
        this.queue.shift();
      }
    } finally {
      this.working = false;
      if (this.queue.length > 0 && !this.abort.signal.aborted) this.kick();
      else this.notifyIdle();
    }
  }

  private async replay({ sources, fromSequence }: PendingReplay): Promise<void> {
    this.pendingReplay = null;
    const handedOver = new Set<string>();
    const types = [...this.types];
    for (const source of sources) {
      let from = fromSequence[source.source] ?? 0;
      for (let attempt = 1; !this.abort.signal.aborted; attempt += 1) {
        try {
          await source.replay(from, types, async (event) => {
            if (this.abort.signal.aborted) throw new Error('unsubscribed during replay');
            await deliverWithRetry(event, this.handler, { group: this.group, policy: this.policy, logger: this.logger, signal: this.abort.signal });
            handedOver.add(event.id);
            from = event.sequence + 1;
          });
          break;
        } catch (error) {
          if (this.abort.signal.aborted) return;
          const delayMs = backoffDelay(attempt, this.policy.initialDelayMs, this.policy.maxDelayMs);
          this.logger?.error({ err: error, group: this.group, source: source.source, resumeAt: from, delayMs }, 'event replay failed; resuming');
          await sleep(delayMs, this.abort.signal);
        }
      }
    }
    const buffered = this.buffer ?? [];
    this.buffer = null;
    this.queue.push(...buffered.filter((event) => !handedOver.has(event.id)));
  }

  private notifyIdle(): void {
    if (!this.isIdle()) return;
    for (const resolve of this.idleWaiters.splice(0)) resolve();
  }
}
