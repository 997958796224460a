import type { DomainEvent } from '../DomainEvent.js';
import type { EventHandler } from '../EventBus.js';
import type { EventsLogger } from '../EventsLogger.js';
import type { RetryPolicy } from '../RetryPolicy.js';
import { backoffDelay } from './backoffDelay.js';
import { sleep } from './sleep.js';

const WAIT_SLICE_MS = 3_000;

export type DeliveryOutcome = 'delivered' | 'gave-up' | 'stopped';

/**
 * Runs `handler` for one event until it succeeds, the policy gives up, or `signal` aborts (unsubscribe, close). Both
 * buses deliver through this, so retry behaviour is the same in embedded mode and with Kafka.
 */
export async function deliverWithRetry(
  event: DomainEvent,
  handler: EventHandler,
  context: {
    group: string;
    policy: RetryPolicy;
    logger?: EventsLogger;
    signal: AbortSignal;
    /**
     * Runs at least every few seconds while waiting to retry: Kafka heartbeats here, so a long backoff doesn't get
     * the member evicted from its group (the session times out after 30 s without one).
     */
    whileWaiting?: () => Promise<void>;
  },
): Promise<DeliveryOutcome> {
  const { group, policy, logger, signal } = context;
  for (let attempt = 1; ; attempt += 1) {
    if (signal.aborted) return 'stopped';
    try {
      await handler(event);
      return 'delivered';
    } catch (error) {
      const where = { group, eventId: event.id, type: event.type, aggregateId: event.aggregateId, sequence: event.sequence, attempt };
      if (attempt >= policy.maxAttempts) {
        logger?.error({ ...where, err: error }, 'event handler failed too often; event skipped for this group');
        return 'gave-up';
      }
      const delayMs = backoffDelay(attempt, policy.initialDelayMs, policy.maxDelayMs);
      logger?.warn({ ...where, delayMs, err: error }, 'event handler failed; retrying');
      for (let waited = 0; waited < delayMs && !signal.aborted; waited += WAIT_SLICE_MS) {
        await sleep(Math.min(WAIT_SLICE_MS, delayMs - waited), signal);
        await context.whileWaiting?.();
      }
    }
  }
}
