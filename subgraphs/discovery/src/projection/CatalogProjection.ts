import { CATALOG_TITLE_UPSERTED, isCatalogTitleUpserted, type CatalogTitleDocument, type DomainEvent, type EventBus, type Unsubscribe } from '@media-gateway/events';
import type { Logger } from '@media-gateway/runtime';
import type { DiscoveryStore } from '../store/DiscoveryStore.js';
import type { TitleIndexer } from '../indexing/TitleIndexer.js';

export const CATALOG_SOURCE = 'catalog';
export const DISCOVERY_GROUP = 'discovery.search-index';
/** Documents applied per transaction during a catch-up. */
const BATCH = 500;
/** A live event waits at most this long for company before it is applied. */
const FLUSH_DELAY_MS = 200;
/** Without a way to ask the bus, the read model counts as caught up after this long without an event. */
const QUIET_MS = 2_000;

export interface ProjectionStatus {
  caughtUp: boolean;
  applied: number;
  /** The first catch-up: how many titles were indexed and how fast, once it finished. */
  initialBuild: { titles: number; seconds: number; titlesPerSecond: number } | null;
}

export interface CatalogProjectionOptions {
  bus: EventBus;
  store: DiscoveryStore;
  /** Null without an embedding model: the read model is kept, vectors are not. */
  indexer: TitleIndexer | null;
  /** Called after each applied batch: cache invalidation, vocabulary refresh. */
  onApplied: (titleIds: readonly string[]) => Promise<void>;
  logger: Logger;
  /** Resolves when the bus has delivered everything published so far (the in-process bus can tell); else a quiet period decides. */
  whenDelivered?: () => Promise<void>;
}

/**
 * Discovery's read model fed by the catalog's `catalog.title.upserted` events (ARCHITECTURE.md: what a subgraph
 * needs from another domain comes through events). At start it replays from the offset it last recorded, so a
 * restart resumes and an empty read model rebuilds itself. Events are applied in batches: each batch's documents
 * and the offset go in one transaction, then the batch's titles are embedded into the vector index.
 */
export class CatalogProjection {
  private buffer: CatalogTitleDocument[] = [];
  private lastSequence = 0;
  private timer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> = Promise.resolve();
  private unsubscribe: Unsubscribe | undefined;
  private lastEventAt = 0;
  private started = 0;
  private readonly state: ProjectionStatus = { caughtUp: false, applied: 0, initialBuild: null };
  private caughtUpWaiters: Array<() => void> = [];

  constructor(private readonly options: CatalogProjectionOptions) {}

  status(): ProjectionStatus {
    if (!this.state.caughtUp && !this.options.whenDelivered && this.started > 0) {
      const quietSince = Math.max(this.lastEventAt, this.started);
      if (Date.now() - quietSince >= QUIET_MS && this.buffer.length === 0) this.markCaughtUp();
    }
    return { ...this.state };
  }

  /** Resolves once the first catch-up is done. */
  whenCaughtUp(): Promise<void> {
    if (this.status().caughtUp) return Promise.resolve();
    return new Promise((resolve) => this.caughtUpWaiters.push(resolve));
  }

  async start(): Promise<void> {
    const last = await this.options.store.lastSequence(DISCOVERY_GROUP, CATALOG_SOURCE);
    this.started = Date.now();
    this.unsubscribe = await this.options.bus.subscribe(
      { group: DISCOVERY_GROUP, types: [CATALOG_TITLE_UPSERTED], replay: { fromSequence: { [CATALOG_SOURCE]: (last ?? 0) + 1 } } },
      (event) => this.receive(event),
    );
    if (this.options.whenDelivered) {
      void this.options.whenDelivered()
        .then(() => this.flush())
        .then(() => this.markCaughtUp())
        .catch((error: unknown) => this.options.logger.error({ err: error }, 'discovery: catch-up failed'));
    } else {
      const poll = setInterval(() => {
        if (this.status().caughtUp) clearInterval(poll);
      }, 500);
      poll.unref();
    }
  }

  async stop(): Promise<void> {
    await this.unsubscribe?.();
    clearTimeout(this.timer);
    await this.flush();
  }

  private async receive(event: DomainEvent): Promise<void> {
    this.lastEventAt = Date.now();
    if (!isCatalogTitleUpserted(event)) {
      this.options.logger.warn({ type: event.type, schemaVersion: event.schemaVersion, id: event.id }, 'discovery: skipped an event of an unknown version');
      return;
    }
    this.buffer.push(event.payload);
    this.lastSequence = Math.max(this.lastSequence, event.sequence);
    if (this.buffer.length >= BATCH) {
      await this.flush();
    } else if (!this.timer) {
      this.timer = setTimeout(() => {
        this.timer = undefined;
        void this.flush().catch((error: unknown) => this.options.logger.error({ err: error }, 'discovery: applying catalog events failed'));
      }, FLUSH_DELAY_MS);
    }
  }

  /** Applies what is buffered now; one flush at a time, in arrival order. A failure throws to the bus, which retries. */
  flush(): Promise<void> {
    const run = this.flushing.then(async () => {
      clearTimeout(this.timer);
      this.timer = undefined;
      if (this.buffer.length === 0) return;
      const docs = this.buffer;
      const sequence = this.lastSequence;
      this.buffer = [];
      try {
        const result = await this.options.store.applyTitleDocuments(docs, { group: DISCOVERY_GROUP, source: CATALOG_SOURCE, sequence });
        for (const rejected of result.rejected) this.options.logger.warn(rejected, 'discovery: rejected a catalog document');
        if (result.written.length > 0) {
          await this.options.indexer?.indexTitles(result.written);
          await this.options.onApplied(result.written);
        }
        this.state.applied += result.written.length;
      } catch (error) {
        // Put them back, so the bus's retry of the current event applies the whole batch again.
        this.buffer = [...docs, ...this.buffer];
        throw error;
      }
    });
    this.flushing = run.catch(() => undefined);
    return run;
  }

  private markCaughtUp(): void {
    if (this.state.caughtUp) return;
    this.state.caughtUp = true;
    const seconds = (Date.now() - this.started) / 1000;
    if (this.state.applied > 0) {
      this.state.initialBuild = { titles: this.state.applied, seconds, titlesPerSecond: this.state.applied / Math.max(seconds, 0.001) };
    }
    void this.options.indexer?.index.flush().catch((error: unknown) => this.options.logger.warn({ err: error }, 'discovery: flushing the vector index failed'));
    this.options.logger.info({ applied: this.state.applied, seconds }, 'discovery: search index caught up with the catalogue');
    for (const resolve of this.caughtUpWaiters.splice(0)) resolve();
  }
}
