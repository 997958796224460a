import { createAdapter, foldInUser, updateAdapterWithRollback, type AdapterExample, type LowRankAdapter } from '@media-gateway/recommender';
import type { Logger } from '@media-gateway/runtime';
import type { AdapterStore } from '../store/AdapterStore.js';
import type { InteractionRecord } from '../store/InteractionStore.js';
import type { Models } from './ModelStore.js';

/** New interactions since the adapter's last update before another is tried (§5: trains on ≥ 10 events). */
export const ADAPTER_MIN_NEW_EVENTS = 10;
/** The newest events held out to check an update against (rolled back if they get worse). */
const HELD_OUT = 3;
/** Also the library's default throttle: at most one accepted update per 10 minutes (§5). */
export const ADAPTER_MIN_INTERVAL_MS = 600_000;

/**
 * Online per-profile adapters (§5 "per-user low-rank adapter", rank 8): after a list is served, a profile with at
 * least 10 interactions newer than its adapter gets an update in the background — train on its recent events (item
 * vectors are the ALS item factors, the scoring space; label 1 for a positive value), hold the newest 3 out, keep the
 * update only if their log-loss drops (`updateAdapterWithRollback`), and persist it. One update per profile at a
 * time; the library throttles to one accepted update per 10 minutes.
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
    const als = collaborative.als!;
    const f = als.factors;
    const examples: AdapterExample[] = [];
    const row: Array<{ itemIndex: number; value: number }> = [];
    for (const record of history) {
      const catalogIndex = models.catalog.indexById.get(record.titleId);
      const modelIndex = catalogIndex === undefined ? undefined : collaborative.fromCatalog.get(catalogIndex);
      if (modelIndex === undefined) continue;
      const positive = record.kind === 'COMPLETION' || record.kind === 'WATCHLIST_ADD' || (record.kind === 'RATING' && (record.rating ?? 0) >= 4) || (record.kind === 'PROGRESS' && (record.completion ?? 0) > 0.9);
      examples.push({ item: als.itemFactors.slice(modelIndex * f, (modelIndex + 1) * f), label: positive ? 1 : 0 });
      row.push({ itemIndex: modelIndex, value: positive ? 1 : -0.5 });
    }
    if (examples.length <= HELD_OUT) return;
    const user = foldInUser(als, row);
    const current = adapter && adapter.dims === f ? adapter : createAdapter(f);
    const result = updateAdapterWithRollback(current, user, examples.slice(0, -HELD_OUT), examples.slice(-HELD_OUT), { now: this.now(), minIntervalMs: ADAPTER_MIN_INTERVAL_MS });
    if (result.accepted) {
      this.updates.accepted += 1;
      await this.adapters.put(userId, profileId, result.adapter);
    } else {
      this.updates.rejected += 1;
    }
  }
}
