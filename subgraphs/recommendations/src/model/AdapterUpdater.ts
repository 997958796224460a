import { ADAPTER_HELD_OUT, toModelRow, updateProfileAdapter, type LowRankAdapter } from '@media-gateway/recommender';
import type { Logger } from '@media-gateway/runtime';
import type { AdapterStore } from '../store/AdapterStore.js';
import type { InteractionRecord } from '../store/InteractionStore.js';
import { profileFeedback } from '../serving/recommend.js';
import type { Models } from './ModelStore.js';

/** New interactions since the adapter's last update before another is tried (§5: trains on ≥ 10 events). */
export const ADAPTER_MIN_NEW_EVENTS = 10;
/** Also the library's default throttle: at most one accepted update per 10 minutes (§5). */
export const ADAPTER_MIN_INTERVAL_MS = 600_000;

/**
 * Online per-profile adapters (§5 "per-user low-rank adapter", rank 8): after a list is served, a profile with at
 * least 10 interactions newer than its adapter gets an update in the background (`updateProfileAdapter`: its last
 * 20 titles, the newest 5 held out, kept only if their log-loss drops), and the accepted one is persisted. One
 * update per profile at a time; the library throttles to one accepted update per 10 minutes.
 */
export class AdapterUpdater {
  private readonly running = new Set<string>();
  /** When each profile last tried, accepted or not: a rejected update is not retried on every request. */
  private readonly lastTried = new Map<string, number>();
  private updates = { accepted: 0, rejected: 0 };

  constructor(
    private readonly adapters: AdapterStore,
    private readonly logger: Logger,
    private readonly now: () => number,
  ) {}

  /** Starts an update when one is due; never throws (failures are logged). Resolves when it is done (tests). */
  maybeUpdate(models: Models, userId: string, profileId: string, history: readonly InteractionRecord[], adapter: LowRankAdapter | null): Promise<void> {
    const key = `${userId}:${profileId}`;
    const since = adapter?.updatedAt ?? 0;
    const fresh = history.filter((record) => record.at > since).length;
    const als = models.collaborative?.als;
    if (!als || fresh < ADAPTER_MIN_NEW_EVENTS || this.running.has(key)) return Promise.resolve();
    if (adapter && adapter.updatedAt > 0 && this.now() - adapter.updatedAt < ADAPTER_MIN_INTERVAL_MS) return Promise.resolve();
    if (this.now() - (this.lastTried.get(key) ?? Number.NEGATIVE_INFINITY) < ADAPTER_MIN_INTERVAL_MS) return Promise.resolve();
    this.lastTried.set(key, this.now());
    this.running.add(key);
    return this.update(models, userId, profileId, history, adapter)
      .catch((error: unknown) => this.logger.warn({ err: error }, 'recommendations: updating an adapter failed'))
      .finally(() => this.running.delete(key));
  }

  describe(): Record<string, number> {
    return { ...this.updates, running: this.running.size };
  }

  private async update(models: Models, userId: string, profileId: string, history: readonly InteractionRecord[], adapter: LowRankAdapter | null): Promise<void> {
    const collaborative = models.collaborative!;
    const row = toModelRow(collaborative, profileFeedback(models.catalog, history, this.now()));
    if (row.length <= ADAPTER_HELD_OUT) return;
    const { update } = updateProfileAdapter(collaborative.als!, row, adapter, { now: this.now(), minIntervalMs: ADAPTER_MIN_INTERVAL_MS });
    if (update.accepted) {
      this.updates.accepted += 1;
      await this.adapters.put(userId, profileId, update.adapter);
    } else {
      this.updates.rejected += 1;
    }
  }
}
