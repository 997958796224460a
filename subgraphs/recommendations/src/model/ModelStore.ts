import type { PrismaClient } from '@media-gateway/db';
import { createOnnxScorer, createTsScorer, trainCollaborativeModel, type CollaborativeModel, type OnnxScorer, type Scorer } from '@media-gateway/recommender';
import type { Logger } from '@media-gateway/runtime';
import { loadCatalog } from '../store/CatalogStore.js';
import { withViewingFlags } from '../signals/viewingFlags.js';
import type { InteractionStore } from '../store/InteractionStore.js';
import { buildCatalogModel, type CatalogModel } from './CatalogModel.js';

/**
 * How long the catalogue must stay quiet before it is rebuilt. A fresh start replays ~14k catalogue events in
 * batches; on embedded PGlite (one connection) the gaps between them exceed a second, and a 1 s wait rebuilt the
 * model 13 times during one start (~0.6 s each). `whenTrained()` (the router's settle) rebuilds at once regardless.
 */
export const CATALOG_SETTLE_MS = 5_000;

export interface ModelStoreOptions {
  prisma: PrismaClient;
  interactions: InteractionStore;
  logger: Logger;
  /** Retrain when interactions changed, at most this often. @default 600 000 (RECS_TRAIN_INTERVAL_SECONDS) */
  trainIntervalMs: number;
  now: () => number;
  /** Score with the TypeScript loop instead of ONNX Runtime (tests of the fallback). @default false */
  forceTsScorer?: boolean;
}

/** What serving reads: the latest models, swapped in whole. */
export interface Models {
  catalog: CatalogModel;
  collaborative: CollaborativeModel | null;
  /** Scores ALS item factors; null without an ALS model. */
  scorer: Scorer | null;
}

/**
 * Owns the models and their (re)building, off the request path: the catalogue model is rebuilt shortly after the
 * catalogue projection writes (debounced), the collaborative model at start and then every `trainIntervalMs` when
 * the interaction log changed. Builds run one at a time; `whenTrained()` runs one now if anything is stale (tests,
 * the router's settle). The ONNX scorer is reloaded with each new ALS item matrix; if ONNX Runtime fails the
 * TypeScript scorer takes over and `describe()` says so.
 */
export class ModelStore {
  private models: Models;
  private catalogStale = true;
  private watermark = '';
  private building: Promise<void> = Promise.resolve();
  private onnx: OnnxScorer | null = null;
  private scorerKind: 'onnx' | 'typescript' | 'none' = 'none';
  private scorerError: string | null = null;
  private catalogTimer: NodeJS.Timeout | undefined;
  private trainTimer: NodeJS.Timeout | undefined;
  private trainings = 0;
  private catalogBuilds = 0;
  private lastTrainedAt: number | null = null;
  private lastBuildMs: number | null = null;
  private closed = false;

  constructor(private readonly options: ModelStoreOptions) {
    this.models = { catalog: buildCatalogModel([], options.now()), collaborative: null, scorer: null };
  }

  get current(): Models {
    return this.models;
  }

  /** Starts the first build in the background and the retraining timer. */
  start(): void {
    this.schedule();
    if (!this.trainTimer && this.options.trainIntervalMs > 0) {
      this.trainTimer = setInterval(() => this.schedule(), this.options.trainIntervalMs);
      this.trainTimer.unref();
    }
  }

  /** The catalogue projection wrote titles. */
  catalogChanged(): void {
    this.catalogStale = true;
    clearTimeout(this.catalogTimer);
    this.catalogTimer = setTimeout(() => this.schedule(), CATALOG_SETTLE_MS);
    this.catalogTimer.unref();
  }

  /** Resolves once a build has caught up with everything written so far. */
  async whenTrained(): Promise<void> {
    await this.enqueue();
  }

  describe(): Record<string, unknown> {
    const { catalog, collaborative } = this.models;
    return {
      items: catalog.items.length,
      contentVectors: `metadata features (${catalog.vectorDims} dims: genres, decade, type, hashed directors)`,
      collaborative: collaborative
        ? { als: collaborative.als ? { factors: collaborative.als.factors, items: collaborative.als.itemIds.length } : 'skipped (too little feedback)', profiles: collaborative.profiles, feedback: collaborative.feedback }
        : 'none (no interactions yet)',
      scorer: this.scorerKind,
      ...(this.scorerError ? { scorerError: this.scorerError } : {}),
      catalogBuilds: this.catalogBuilds,
      trainings: this.trainings,
      lastTrainedAt: this.lastTrainedAt === null ? null : new Date(this.lastTrainedAt).toISOString(),
      lastBuildMs: this.lastBuildMs,
    };
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.catalogTimer);
    clearInterval(this.trainTimer);
    await this.building.catch(() => undefined);
    await this.onnx?.close();
    this.onnx = null;
  }

  private schedule(): void {
    void this.enqueue().catch((error: unknown) => this.options.logger.warn({ err: error }, 'recommendations: building the models failed'));
  }

  private enqueue(): Promise<void> {
    const run = this.building.catch(() => undefined).then(() => this.build());
    this.building = run;
    return run;
  }

  private async build(): Promise<void> {
    if (this.closed) return;
    const started = Date.now();
    const { prisma, interactions, now } = this.options;
    let catalog = this.models.catalog;
    let changed = false;
    if (this.catalogStale) {
      this.catalogStale = false;
      catalog = buildCatalogModel(await loadCatalog(prisma), now());
      this.catalogBuilds += 1;
      changed = true;
    }
    const watermark = await interactions.watermark();
    let { collaborative, scorer } = this.models;
    if (changed || watermark !== this.watermark) {
      const { records } = await interactions.all();
      this.watermark = watermark;
      try {
        collaborative = trainCollaborativeModel(withViewingFlags(records), catalog.indexById);
        scorer = collaborative?.als ? await this.scorerFor(collaborative.als.itemFactors, collaborative.als.factors) : null;
      } catch (error) {
        // A collaborative model indexes the catalogue it was trained with, so a failed retrain cannot keep the old
        // one next to a new catalogue: serve without it (content, graph, context still work) until the next try.
        this.options.logger.warn({ err: error }, 'recommendations: training the collaborative model failed; serving without it');
        collaborative = null;
        scorer = null;
        this.watermark = '';
      }
      this.trainings += 1;
      this.lastTrainedAt = now();
      changed = true;
    }
    if (changed) {
      this.models = { catalog, collaborative, scorer };
      this.lastBuildMs = Date.now() - started;
    }
  }

  private async scorerFor(itemMatrix: Float32Array, dims: number): Promise<Scorer> {
    if (!this.options.forceTsScorer) {
      try {
        if (this.onnx && this.onnx.dims === dims) await this.onnx.reload(itemMatrix);
        else {
          await this.onnx?.close();
          this.onnx = await createOnnxScorer(itemMatrix, dims);
        }
        this.scorerKind = 'onnx';
        this.scorerError = null;
        return this.onnx;
      } catch (error) {
        this.scorerError = error instanceof Error ? error.message : String(error);
        this.options.logger.warn({ err: error }, 'recommendations: ONNX scoring failed; using the TypeScript scorer');
        this.onnx = null;
      }
    }
    this.scorerKind = 'typescript';
    return createTsScorer(itemMatrix, dims);
  }
}
