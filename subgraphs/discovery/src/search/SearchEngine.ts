import { performance } from 'node:perf_hooks';
import type { ParsedIntent, SpanLabel } from '../intent/ParsedIntent.js';
import { filtersFromIntent } from '../ranking/filtersFromIntent.js';
import type { MatchReason } from '../ranking/MatchReason.js';
import { matchReasons } from '../ranking/matchReasons.js';
import { DEFAULT_RANKING_CONFIG, type RankingConfig } from '../ranking/RankingConfig.js';
import { rankCandidates, type RankedResult } from '../ranking/rankCandidates.js';
import type { RankedItem, RankedList } from '../ranking/reciprocalRankFusion.js';
import type { ContentRestrictions, SearchFilters } from '../ranking/SearchFilters.js';
import { cleanSearchText } from '../store/cleanSearchText.js';
import type { DiscoveryDocument, DiscoveryStore } from '../store/DiscoveryStore.js';
import { DocumentCache } from './DocumentCache.js';
import { facetsOf } from './facets.js';
import { graphNeighbours } from './graphNeighbours.js';
import type { QueryUnderstanding } from './QueryUnderstanding.js';
import type { VectorRetriever } from './retrievers/VectorRetriever.js';
import { decodeSearchCursor, encodeSearchCursor } from './searchCursor.js';
import { SearchInputError } from './SearchInputError.js';
import {
  SEARCH_LIMITS,
  type RetrieverTiming,
  type SearchHit,
  type SearchOutcome,
  type SearchPage,
  type SearchRequest,
  type SearchWarning,
} from './SearchRequest.js';
import { searchCacheKey, type SearchResultCache } from './SearchResultCache.js';
import { validateSearchRequest } from './validateSearchRequest.js';

type Retriever = RetrieverTiming['retriever'];

export interface SearchEngineOptions {
  store: DiscoveryStore;
  understanding: QueryUnderstanding;
  /** Null without an embedding model or vector index: search runs keyword + graph and says so. */
  vectors: VectorRetriever | null;
  cache: SearchResultCache;
  config?: RankingConfig;
  /** Whether the read model has caught up with the catalogue; while not, results carry a warning. */
  caughtUp?: () => boolean;
  /** @default SEARCH_LIMITS.retrieverTimeoutMs */
  retrieverTimeoutMs?: number;
  /** Told about every search that ran (for analytics and metrics); never awaited. */
  onSearch?: (event: SearchEvent) => void;
  /** Retrieval problems that degrade a search without failing it. */
  onDegraded?: (warning: SearchWarning, error: unknown) => void;
}

export interface SearchEvent {
  /** The cleaned query text (the caller anonymises it before storing). */
  text: string;
  strategy: SearchRequest['strategy'];
  region: string;
  resultCount: number;
  latencyMs: number;
  cached: boolean;
}

/** The graph retriever's reach: candidates gathered around the seeds before scoring. */
const GRAPH_CANDIDATES = 300;
/** "Same era" for graph candidates: a seed's release year ± this. */
const GRAPH_ERA_YEARS = 10;

/**
 * Hybrid search (PRODUCT_SPEC §4): understand the query, run vector, keyword and graph retrieval in parallel, fuse
 * them with RRF, filter (the request's filters, the query's structure and the profile's parental controls), blend
 * in popularity, page. An empty query answers trending titles.
 *
 * Degradation: the vector side may fail or overrun its budget; the search then answers from the other retrievers
 * and carries a warning. Keyword and graph retrieval read the read model itself, so their failure is the
 * database's, and the search fails with it.
 */
export class SearchEngine {
  private readonly documents: DocumentCache;
  private readonly config: RankingConfig;
  private readonly timeoutMs: number;

  constructor(private readonly options: SearchEngineOptions) {
    this.documents = new DocumentCache(options.store);
    this.config = options.config ?? DEFAULT_RANKING_CONFIG;
    this.timeoutMs = options.retrieverTimeoutMs ?? SEARCH_LIMITS.retrieverTimeoutMs;
  }

  /** Throws `SearchInputError` listing every problem with the request. */
  async search(request: SearchRequest, now = new Date()): Promise<SearchPage> {
    const started = performance.now();
    const problems = validateSearchRequest(request);
    if (problems.length > 0) throw new SearchInputError(problems);
    const text = cleanSearchText(request.query);
    const region = request.region.trim().toUpperCase();
    const key = searchCacheKey({ text, filters: request.filters, region, restrictions: request.restrictions, strategy: request.strategy });
    const fingerprint = key.slice(0, 12);
    const offset = request.after === null ? 0 : decodeSearchCursor(request.after, fingerprint);
    if (offset === null) throw new SearchInputError(['after is not a cursor from this search']);

    const generation = await this.options.cache.generation();
    // The cache keeps the first results only; a page reaching past them is computed again, never cut short.
    let outcome = offset + request.first <= SEARCH_LIMITS.cachedResults ? await this.options.cache.get(key, generation) : undefined;
    const cached = outcome !== undefined;
    if (!outcome) {
      outcome = await this.run({ ...request, region }, text, generation, now);
      if (outcome.warnings.every((w) => w.code === 'FILTERS_RELAXED')) {
        await this.options.cache.set(key, generation, { ...outcome, hits: outcome.hits.slice(0, SEARCH_LIMITS.cachedResults) });
      }
    }

    const hits = outcome.hits.slice(offset, offset + request.first);
    const end = offset + hits.length;
    const totalMs = performance.now() - started;
    this.options.onSearch?.({ text, strategy: request.strategy, region, resultCount: outcome.totalCount, latencyMs: totalMs, cached });
    const { retrievers, ...rest } = outcome;
    return {
      ...rest,
      hits,
      pageInfo: { hasNextPage: end < outcome.totalCount, endCursor: hits.length > 0 ? encodeSearchCursor(end, fingerprint) : null },
      timing: { totalMs, cached, retrievers },
    };
  }

  /**
   * What a profile outside its viewing hours gets: the request checked and understood as usual, and no results
   * (identity decides the hours; a restriction that blocks everything is still a valid answer, not an error).
   */
  async nothing(request: SearchRequest, now = new Date()): Promise<SearchPage> {
    const problems = validateSearchRequest(request);
    if (problems.length > 0) throw new SearchInputError(problems);
    const { intent, correction } = await this.options.understanding.understand(cleanSearchText(request.query), now);
    return {
      hits: [],
      totalCount: 0,
      facets: { genres: [], platforms: [], decades: [], ratings: [] },
      parsed: intent,
      correction,
      strategy: request.strategy,
      trending: false,
      warnings: [],
      pageInfo: { hasNextPage: false, endCursor: null },
      timing: { totalMs: 0, cached: false, retrievers: [] },
    };
  }

  /**
   * Titles like one title: its graph neighbours and its nearest vectors, fused. Unknown ids get no hits. Warnings
   * say when the vector side could not help (the graph neighbours still answer).
   */
  async similar(titleId: string, first: number, region: string, now = new Date()): Promise<{ hits: SearchHit[]; warnings: SearchWarning[] }> {
    const generation = await this.options.cache.generation();
    const [seed] = (await this.documents.get([titleId], generation)).values();
    if (!seed) return { hits: [], warnings: [] };
    const lists: RankedList[] = [];
    const warnings: SearchWarning[] = [];
    const limit = Math.max(first * 5, 50);
    const [graph, vector] = await Promise.all([
      this.graphList({ titles: [seed], people: [] }, generation, limit),
      this.options.vectors ? this.guardedVector(() => this.options.vectors!.similarTo(seed.id, limit), warnings) : Promise.resolve(null),
    ]);
    lists.push({ retriever: 'graph', items: graph });
    if (vector) lists.push({ retriever: 'vector', items: vector });
    const ranked = await this.rank(lists, generation, { region, now, intent: null, filters: { region }, restrictions: null });
    return { hits: ranked.filter((r) => r.candidate.id !== seed.id).slice(0, first).map(toHit), warnings };
  }

  private async run(request: SearchRequest, text: string, generation: number, now: Date): Promise<SearchOutcome> {
    const warnings: SearchWarning[] = [];
    if (this.options.caughtUp && !this.options.caughtUp()) {
      warnings.push({ code: 'INDEX_CATCHING_UP', message: 'the search index is still being built from the catalogue; results may be incomplete' });
    }
    if (text === '') return this.trending(request, generation, now, warnings);

    const { intent, correction } = await this.options.understanding.understand(text, now);
    const plan = this.plan(request.strategy, warnings);
    let found = await this.retrieve(request, intent, text, plan, generation, now, warnings);
    // PRODUCT_SPEC §16 scenario 8: when the query's own conditions leave nothing ("war movies" in a catalogue without
    // the genre), search again without them and say so. The request's explicit filters and parental controls stay.
    const relaxed = found.ranked.length === 0 ? relaxIntent(intent) : null;
    if (relaxed) {
      const again = await this.retrieve(request, relaxed.intent, text, plan, generation, now, warnings);
      if (again.ranked.length > 0) {
        found = again;
        warnings.push({ code: 'FILTERS_RELAXED', message: `nothing matched ${relaxed.dropped.join(', ')}; showing results without ${relaxed.dropped.length > 1 ? 'those conditions' : 'it'}` });
      }
    }
    const { ranked, region, timings } = found;
    return {
      hits: ranked.slice(0, SEARCH_LIMITS.maxResults).map(toHit),
      totalCount: Math.min(ranked.length, SEARCH_LIMITS.maxResults),
      facets: facetsOf(ranked.slice(0, SEARCH_LIMITS.maxResults).map((r) => r.candidate), region, now),
      parsed: intent,
      correction,
      strategy: request.strategy,
      trending: false,
      warnings,
      retrievers: timings,
    };
  }

  /** Retrieval, fusion and filtering for one reading of the query. */
  private async retrieve(
    request: SearchRequest,
    intent: ParsedIntent,
    text: string,
    plan: { vector: boolean; keyword: boolean; graph: boolean },
    generation: number,
    now: Date,
    warnings: SearchWarning[],
  ): Promise<{ ranked: RankedResult<DiscoveryDocument>[]; region: string; timings: RetrieverTiming[] }> {
    const filters = filtersFromIntent(intent, { ...request.filters, region: request.region });
    const region = filters.region ?? request.region;
    // A query that is a title's name ("the godfather", "godfahter" once corrected) asks for that title first.
    const names = intent.text.trim() === '' ? [] : [intent.text, ...intent.spans.filter((span) => span.label === 'title').map((span) => span.text)];
    const [references, named] = await Promise.all([
      plan.graph || plan.vector ? this.options.store.titlesNamed(intent.references) : new Map<string, string>(),
      plan.keyword ? this.options.store.titlesNamed(names) : new Map<string, string>(),
    ]);
    const referenceIds = [...references.values()];
    // A title the catalogue doesn't have ("like Heat" without Heat) is still worth its words to the vector side; the
    // keyword side always searches a reference's name, which finds its sequels and namesakes (the franchise edge).
    const unresolved = intent.references.filter((name) => !references.has(name));
    const timings: RetrieverTiming[] = [];
    const timed = async (retriever: Retriever, run: () => Promise<RankedItem[] | null>): Promise<RankedList | null> => {
      const started = performance.now();
      const items = await run();
      if (items === null) return null;
      timings.push({ retriever, ms: performance.now() - started, hits: items.length });
      return { retriever: retriever.toLowerCase(), items };
    };

    const limit = SEARCH_LIMITS.candidatesPerRetriever;
    let vectorTop = 0;
    const titleMatches = new Set<string>();
    const lists = (
      await Promise.all([
        plan.vector
          ? timed('VECTOR', () =>
              this.guardedVector(async () => {
                const found = await this.options.vectors!.retrieve({ text: vectorText(intent, text, unresolved), referenceIds, filters, limit });
                vectorTop = found.topScore;
                return found.items;
              }, warnings),
            )
          : null,
        plan.keyword ? timed('KEYWORD', () => this.keywordList(intent, intent.references, filters, request.restrictions, now, titleMatches)) : null,
        plan.graph && (referenceIds.length > 0 || intent.people.length > 0)
          ? timed('GRAPH', async () => {
              const seeds = await this.documents.get(referenceIds, generation);
              return this.graphList({ titles: [...seeds.values()], people: intent.people }, generation, GRAPH_CANDIDATES, referenceIds);
            })
          : null,
      ])
    ).filter((list): list is RankedList => list !== null);
    // The vector side failed under HYBRID or VECTOR: keyword results still answer (PRODUCT_SPEC §4 fallbacks).
    if (plan.vector && !lists.some((l) => l.retriever === 'vector') && !lists.some((l) => l.retriever === 'keyword')) {
      const keyword = await timed('KEYWORD', () => this.keywordList(intent, intent.references, filters, request.restrictions, now, titleMatches));
      if (keyword) lists.push(keyword);
    }

    const config = lists.some((l) => l.retriever === 'vector') ? withVectorConfidence(this.config, vectorTop, lists) : this.config;
    const fused = (await this.rank(lists, generation, { region, now, intent, filters, restrictions: request.restrictions, config })).filter(
      (r) => !referenceIds.includes(r.candidate.id),
    );
    // "movies like Heat" wants Heat's neighbours, not titles with "heat" in their name.
    const ranked = namedFirst(titleMatchesFirst(fused, intent.references.length === 0 ? titleMatches : new Set()), new Set(named.values()));
    return { ranked, region, timings };
  }

  /** Which retrievers a strategy runs, given what is available; a missing vector side becomes keyword and a warning. */
  private plan(strategy: SearchRequest['strategy'], warnings: SearchWarning[]) {
    const hasVectors = this.options.vectors !== null;
    const wantsVector = strategy === 'HYBRID' || strategy === 'VECTOR';
    if (wantsVector && !hasVectors && strategy === 'VECTOR') {
      warnings.push({ code: 'NO_EMBEDDING_MODEL', message: 'no embedding model is loaded; results come from keyword search' });
    }
    return {
      vector: wantsVector && hasVectors,
      keyword: strategy === 'HYBRID' || strategy === 'KEYWORD' || (strategy === 'VECTOR' && !hasVectors),
      graph: strategy === 'HYBRID' || strategy === 'GRAPH',
    };
  }

  /**
   * Keyword retrieval on what is left of the query once its structure is taken out. A query that is all structure
   * ("90s sci-fi on Netflix") has no words left: then every title passing the filters qualifies, most popular first.
   */
  private async keywordList(
    intent: ParsedIntent,
    references: readonly string[],
    filters: SearchFilters,
    restrictions: ContentRestrictions | null,
    now: Date,
    titleMatches: Set<string>,
  ): Promise<RankedItem[]> {
    const words = [intent.text.trim() !== '' ? intent.text : intent.people.map((p) => p.name).join(' '), ...references].join(' ');
    const limit = SEARCH_LIMITS.candidatesPerRetriever;
    if (words.trim() !== '') {
      const hits = await this.options.store.keywordSearch({ text: words, filters, restrictions, now, limit });
      if (intent.text.trim() !== '') for (const hit of hits) if (hit.matched.field === 'title' && !hit.matched.fuzzy) titleMatches.add(hit.titleId);
      return hits.map((hit) => ({ id: hit.titleId }));
    }
    // "movies like Heat" is about Heat's neighbours (graph and vector), not every popular movie.
    if (!hasStructure(intent) || intent.references.length > 0) return [];
    return (await this.options.store.browse({ filters, restrictions, now, limit })).map((id) => ({ id }));
  }

  private async graphList(
    seeds: { titles: DiscoveryDocument[]; people: ParsedIntent['people'] },
    generation: number,
    limit: number,
    excludeIds: readonly string[] = seeds.titles.map((t) => t.id),
  ): Promise<RankedItem[]> {
    if (seeds.titles.length === 0 && seeds.people.length === 0) return [];
    const years = seeds.titles.map((t) => t.releaseYear).filter((y): y is number => y !== null);
    const ids = await this.options.store.relatedTitles({
      people: [...seeds.titles.flatMap((t) => [...t.directors, ...t.cast]), ...seeds.people.map((p) => p.name)],
      genres: [...new Set(seeds.titles.flatMap((t) => t.genres))],
      ...(years.length > 0 ? { years: { min: Math.min(...years) - GRAPH_ERA_YEARS, max: Math.max(...years) + GRAPH_ERA_YEARS } } : {}),
      excludeIds,
      limit,
    });
    const candidates = await this.documents.get(ids, generation);
    return graphNeighbours(seeds, [...candidates.values()]);
  }

  /** The vector side under its budget: null (with a warning) when it fails or overruns, so the search goes on. */
  private async guardedVector(run: () => Promise<RankedItem[]>, warnings: SearchWarning[]): Promise<RankedItem[] | null> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), this.timeoutMs);
    });
    try {
      const result = await Promise.race([run(), timeout]);
      if (result !== 'timeout') return result;
      const warning: SearchWarning = { code: 'VECTOR_TIMEOUT', message: `vector search took longer than ${this.timeoutMs} ms; showing keyword results` };
      warnings.push(warning);
      this.options.onDegraded?.(warning, new Error(warning.message));
      return null;
    } catch (error) {
      const warning: SearchWarning = { code: 'VECTOR_UNAVAILABLE', message: 'vector search is unavailable; showing keyword results' };
      warnings.push(warning);
      this.options.onDegraded?.(warning, error);
      return null;
    } finally {
      clearTimeout(timer);
    }
  }

  private async rank(
    lists: RankedList[],
    generation: number,
    context: {
      region: string;
      now: Date;
      intent: ParsedIntent | null;
      filters: SearchFilters;
      restrictions: ContentRestrictions | null;
      config?: RankingConfig;
    },
  ): Promise<RankedResult<DiscoveryDocument>[]> {
    const ids = new Set(lists.flatMap((list) => list.items.map((item) => item.id)));
    const candidates = await this.documents.get(ids, generation);
    return rankCandidates({ lists, candidates, ...context, config: context.config ?? this.config, explainTop: SEARCH_LIMITS.cachedResults }).results;
  }

  /** The empty query: titles passing the filters and parental controls, most popular first (§4 fallbacks). */
  private async trending(request: SearchRequest, generation: number, now: Date, warnings: SearchWarning[]): Promise<SearchOutcome> {
    const filters = { ...request.filters, region: request.region };
    const started = performance.now();
    const ids = await this.options.store.browse({ filters, restrictions: request.restrictions, now, limit: SEARCH_LIMITS.maxResults });
    const docs = await this.documents.get(ids, generation);
    const ranked = ids.flatMap((id) => docs.get(id) ?? []);
    const hits = ranked.map((candidate): SearchHit => {
      const reasons = matchReasons(candidate, null, { region: request.region, now });
      const popularity = { value: candidate.popularity, weight: 1, contribution: candidate.popularity };
      return {
        titleId: candidate.id,
        score: candidate.popularity,
        primaryReason: reasons[0] ?? { kind: 'popular', text: 'trending' },
        reasons: reasons.length > 0 ? reasons : [{ kind: 'popular', text: 'trending' }],
        breakdown: {
          configVersion: this.config.version,
          variant: this.config.variant,
          retrievers: [],
          retrieval: 0,
          popularity,
          affinity: null,
          quality: null,
          final: candidate.popularity,
        },
      };
    });
    return {
      hits,
      totalCount: hits.length,
      facets: facetsOf(ranked, request.region, now),
      parsed: await this.options.understanding.understand('', now).then((u) => u.intent),
      correction: null,
      strategy: request.strategy,
      trending: true,
      warnings,
      retrievers: [{ retriever: 'KEYWORD', ms: performance.now() - started, hits: hits.length }],
    };
  }
}

/** The best cosine at which the vector side counts fully; below it, its weight shrinks in proportion. */
export const CONFIDENT_SIMILARITY = 0.5;

/**
 * Confidence-weighted fusion: RRF looks only at ranks, so a vector list of weak matches (best cosine 0.2) would
 * weigh as much as one of strong matches. The vector weight is scaled by `min(1, best cosine / 0.5)` and what it
 * gives up goes to keyword retrieval (or graph when keyword did not run), so the weights still sum to 1 and every
 * result's breakdown shows the weights actually used.
 */
export function withVectorConfidence(config: RankingConfig, topScore: number, lists: readonly RankedList[]): RankingConfig {
  const confidence = Math.min(1, Math.max(0, topScore) / CONFIDENT_SIMILARITY);
  if (confidence >= 1) return config;
  const receiver = lists.some((l) => l.retriever === 'keyword') ? 'keyword' : lists.some((l) => l.retriever === 'graph') ? 'graph' : null;
  if (!receiver) return config;
  const moved = config.weights.vector * (1 - confidence);
  return {
    ...config,
    weights: { ...config.weights, vector: config.weights.vector - moved, [receiver]: config.weights[receiver] + moved },
  };
}

type Ranked = RankedResult<DiscoveryDocument>;

const TITLE_MATCH: MatchReason = { kind: 'keyword', text: 'its title matches your search' };
const NAMED_TITLE: MatchReason = { kind: 'keyword', text: 'the title you searched for' };

/**
 * Titles whose name holds every word of the query (a keyword match on the title field, not a fuzzy one) come
 * before the rest: "lord of the rings" means the films called that, however close in meaning other titles are.
 * They keep their own reasons when they have some.
 */
function titleMatchesFirst(ranked: Ranked[], matches: ReadonlySet<string>): Ranked[] {
  return promote(ranked, matches, (r) => (r.reasons.length > 0 ? r : { ...r, primaryReason: TITLE_MATCH, reasons: [TITLE_MATCH] }));
}

/**
 * Known-item search: titles the query names exactly go to the very top, with that as their primary reason. Fusion
 * alone can bury them under semantically close titles, which is never what "godfather" means.
 */
function namedFirst(ranked: Ranked[], named: ReadonlySet<string>): Ranked[] {
  return promote(ranked, named, (r) => ({ ...r, primaryReason: NAMED_TITLE, reasons: [NAMED_TITLE, ...r.reasons] }));
}

/** The results whose ids are in `ids` first, in their ranked order and explained by `explain`, then the rest. */
function promote(ranked: Ranked[], ids: ReadonlySet<string>, explain: (result: Ranked) => Ranked): Ranked[] {
  if (ids.size === 0) return ranked;
  return [...ranked.filter((r) => ids.has(r.candidate.id)).map(explain), ...ranked.filter((r) => !ids.has(r.candidate.id))];
}

function toHit(result: RankedResult<DiscoveryDocument>): SearchHit {
  return { titleId: result.candidate.id, score: result.score, primaryReason: result.primaryReason, reasons: result.reasons, breakdown: result.breakdown };
}

/** What the embedding should capture: the query's own words, moods and genres, and who it names; else all of it. */
function vectorText(intent: ParsedIntent, text: string, unresolved: readonly string[]): string {
  const parts = [intent.text, ...intent.moods, ...intent.genres.map((g) => g.replace(/_/g, ' ')), ...intent.people.map((p) => p.name), ...unresolved]
    .map((part) => part.trim())
    .filter((part) => part !== '');
  if (parts.length > 0) return parts.join(' ');
  return intent.references.length > 0 ? '' : text;
}

/**
 * The query's own hard conditions taken out and their words put back into the text, or null when it has none to
 * relax. An audience limit ("for kids") is never relaxed: it is about what may be shown, not what was wanted.
 */
function relaxIntent(intent: ParsedIntent): { intent: ParsedIntent; dropped: string[] } | null {
  const dropped: string[] = [];
  const relaxable: SpanLabel[] = ['genre', 'excludedGenre', 'contentType', 'year', 'runtime', 'platform', 'availability', 'region'];
  const spans = intent.spans.filter((span) => relaxable.includes(span.label));
  if (spans.length === 0) return null;
  for (const span of spans) dropped.push(`"${span.text}"`);
  const words = intent.spans.filter((span) => span.label === 'genre' || span.label === 'text' || span.label === 'title').map((span) => span.text);
  return {
    intent: {
      ...intent,
      genres: [],
      excludedGenres: [],
      contentTypes: [],
      yearRange: null,
      runtime: null,
      platforms: [],
      availabilityTypes: [],
      region: null,
      text: words.join(' '),
    },
    dropped,
  };
}

/** True when the query asked for something the filters can express, so browsing by them answers it. */
function hasStructure(intent: ParsedIntent): boolean {
  return (
    intent.genres.length > 0 ||
    intent.contentTypes.length > 0 ||
    intent.yearRange !== null ||
    intent.runtime !== null ||
    intent.platforms.length > 0 ||
    intent.availabilityTypes.length > 0 ||
    intent.maxContentRating !== null ||
    intent.moods.length > 0
  );
}
