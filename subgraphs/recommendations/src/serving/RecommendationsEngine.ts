import type { PrismaClient } from '@media-gateway/db';
import { assignVariant, DEFAULT_HYBRID_WEIGHTS, type DeviceType, type HybridWeights } from '@media-gateway/recommender';
import type { Logger } from '@media-gateway/runtime';
import { limitRank, type ContentRatingLevel } from '../catalog/ratingLevel.js';
import type { ExperimentDefinition } from '../experiments/ExperimentDefinition.js';
import { AdapterUpdater } from '../model/AdapterUpdater.js';
import type { ModelStore } from '../model/ModelStore.js';
import { AdapterStore } from '../store/AdapterStore.js';
import type { ExperimentStore } from '../store/ExperimentStore.js';
import { recordInteraction, type InteractionRecord, type InteractionStore } from '../store/InteractionStore.js';
import type { ViewerStore } from '../store/ViewerStore.js';
import { becauseYouWatched } from './becauseYouWatched.js';
import { recommend } from './recommend.js';
import { RECOMMENDATIONS_TTL_SECONDS, type RecommendationItem, type RecommendationList } from './RecommendationList.js';

/** A validated `Profile.recommendations` request. */
export interface RecommendationRequest {
  userId: string;
  profileId: string;
  restrictions: { maxContentRating: ContentRatingLevel | null; blockedGenres: readonly string[]; viewingAllowedNow: boolean };
  region: string;
  hour: number;
  device?: DeviceType;
  first: number;
}

/**
 * Serving as the resolvers use it: reads the viewer, the profile's history and adapter, picks the experiment variant
 * (exposure logged at the first list), runs the pipeline on the current models, then lets the adapter update in
 * the background. Also records `rateTitle` / `dismissRecommendation`.
 */
export class RecommendationsEngine {
  private readonly adapterStore: AdapterStore;
  readonly adapters: AdapterUpdater;
  /** The background adapter updates started by lists, for `whenIdle`. */
  private pending = new Set<Promise<void>>();

  constructor(
    private readonly deps: {
      prisma: PrismaClient;
      models: ModelStore;
      viewers: ViewerStore;
      interactions: InteractionStore;
      experiments: ExperimentStore;
      logger: Logger;
      now: () => number;
    },
  ) {
    this.adapterStore = new AdapterStore(deps.prisma);
    this.adapters = new AdapterUpdater(this.adapterStore, deps.logger, deps.now);
  }

  async recommendations(request: RecommendationRequest): Promise<RecommendationList> {
    const { viewers, interactions, experiments, models, now } = this.deps;
    const viewer = await viewers.get(request.userId);
    const history = viewer.personalization ? await interactions.forProfile(request.userId, request.profileId) : [];
    const adapter = viewer.personalization ? await this.adapterStore.get(request.userId, request.profileId) : null;
    const variant = viewer.personalization ? await this.variantFor(request.profileId) : null;
    const current = models.current;
    const at = now();
    const output = await recommend({
      models: current,
      history,
      personalization: viewer.personalization,
      onboardingGenres: viewer.onboardingGenres,
      filters: {
        region: request.region,
        maxRatingRank: limitRank(request.restrictions.maxContentRating),
        blockedGenres: request.restrictions.blockedGenres.map((genre) => genre.toLowerCase()),
      },
      viewingAllowedNow: request.restrictions.viewingAllowedNow,
      context: { hour: request.hour, ...(request.device ? { device: request.device } : {}) },
      first: request.first,
      weights: variant?.weights ?? DEFAULT_HYBRID_WEIGHTS,
      adapter,
      now: at,
    });
    let experiment: RecommendationList['experiment'] = null;
    // An empty list (outside viewing hours, nothing left after the filters) showed nothing: no exposure yet.
    if (variant && output.items.length > 0) {
      const stored = await experiments.expose({
        experimentName: variant.experiment,
        userId: request.userId,
        profileId: request.profileId,
        variant: variant.name,
        titleIds: output.items.map((item) => item.titleId),
        at: new Date(at),
      });
      experiment = { name: variant.experiment, variant: stored };
    }
    if (viewer.personalization) this.track(this.adapters.maybeUpdate(current, request.userId, request.profileId, history, adapter));
    return { items: output.items, personalized: output.personalized, fallback: output.fallback, reason: output.reason, experiment, generatedAt: new Date(at), ttlSeconds: RECOMMENDATIONS_TTL_SECONDS };
  }

  related(titleId: string, first: number, region: string): RecommendationItem[] {
    return becauseYouWatched(this.deps.models.current, titleId, first, region);
  }

  /** Records a rating or dismissal from the API; false (nothing recorded) without the PERSONALIZATION consent. */
  async record(record: InteractionRecord): Promise<boolean> {
    const recorded = await this.deps.prisma.$transaction((tx) => recordInteraction(tx, record, null));
    return recorded;
  }

  /** Resolves once the background adapter updates started so far are done. */
  async whenIdle(): Promise<void> {
    await Promise.all([...this.pending]);
  }

  private track(work: Promise<void>): void {
    this.pending.add(work);
    void work.finally(() => this.pending.delete(work));
  }

  /** The first RUNNING experiment (by name) that assigns the profile a variant, with that variant's weights. */
  private async variantFor(profileId: string): Promise<{ experiment: string; name: string; weights: HybridWeights } | null> {
    let running: ExperimentDefinition[];
    try {
      running = await this.deps.experiments.running();
    } catch (error) {
      this.deps.logger.warn({ err: error }, 'recommendations: reading experiments failed; serving the defaults');
      return null;
    }
    for (const experiment of running) {
      const name = assignVariant(experiment, profileId);
      const variant = name === null ? undefined : experiment.variants.find((v) => v.name === name);
      if (variant) {
        return { experiment: experiment.name, name: variant.name, weights: { collaborative: variant.collaborative, content: variant.content, graph: variant.graph, context: variant.context } };
      }
    }
    return null;
  }
}
