// Simulated viewers with planted tastes over the real catalogue. There is no public interaction log we could ship
// (issue 7), so the eval generates one. Everything here is made up on purpose and documented; nothing is fitted
// to the recommender.
import type { DeviceType, Interaction } from '@media-gateway/recommender';
import type { EvalItem } from './catalogItems.js';
import { createRandom, hashString, type Random } from './random.js';

/** The seed of every figure the eval prints. Change it to check the result is not a lucky draw. */
export const SIMULATION_SEED = 20_261_202;
/** One simulated year of viewing. */
export const SIMULATION_START = Date.UTC(2025, 0, 1);
export const SIMULATION_END = Date.UTC(2026, 0, 1);
/** Styles no metadata reveals (tone, pacing…): each title gets one by hashing its id; users like two of them. */
export const HIDDEN_STYLES = 12;
/**
 * bangumi-data gives anime no genres, so each anime gets one of these hidden sub-genres (mecha, romance, sports…)
 * by hashing its id: structure that only co-viewing can reveal, as studio or source material would in real life.
 */
export const ANIME_SUBGENRES = 16;
/** Affinity of a title that matches one of the user's niches exactly (log-odds over an unrelated title). */
export const NICHE_STRENGTH = 6;
const DAY = 86_400_000;

/** One taste a user keeps coming back to. */
export type Niche =
  | { kind: 'FILM_GENRE'; genre: string; centre: number; width: number }
  | { kind: 'DIRECTOR'; director: string }
  | { kind: 'ANIME'; subgenre: number; centre: number; width: number; format: 'SERIES' | 'MOVIE' | 'EITHER' };

export interface SimulatedUser {
  id: string;
  medium: 'FILM' | 'ANIME' | 'BOTH';
  niches: Niche[];
  hiddenStyles: number[];
  /** How strongly the user follows popularity: weight of ln(popularity) when choosing what to start. */
  popularityBias: number;
  /** What the user would answer at onboarding: the genres of their niches ("animation" for anime). */
  onboardingGenres: string[];
  device: DeviceType;
  hour: number;
  joinedAt: number;
}

export interface Simulation {
  users: SimulatedUser[];
  interactions: Interaction[];
}

/**
 * The taste model. Each user has 1–3 niches, drawn by first picking a random title of their medium (so niches
 * follow the catalogue's own mix of genres and years):
 *   FILM_GENRE  the title's first genre, release years around the title's (Gaussian, width 3–7 years)
 *   DIRECTOR    (a quarter of film niches, when the title's director made ≥ 3 films) that director's films
 *   ANIME       the title's hidden sub-genre, years around the title's (width 2–5), a format preference
 * A niche match is in [0, 1] (genre/sub-genre/director must match; the era fades with distance; the wrong anime
 * format halves it). A user's affinity for a title, in log-odds of starting it:
 *   NICHE_STRENGTH × the best niche match   + 1 when the title's hidden style is one of the user's two
 *   − 2 for a title of the medium the user does not watch (FILM-only users and anime, ANIME-only users and films)
 *   + popularityBias × ln(popularity + 0.01), popularityBias ∈ [0.5, 2]
 * Titles are drawn without replacement with probability ∝ exp(affinity) (Gumbel top-n), 12 + Exp(mean 40) per user
 * (at most 200); 10% of draws ignore taste entirely and follow popularity alone (what's on the home screen).
 * Whether the user likes a started title depends on its taste (affinity without popularity):
 * P(like) = sigmoid(1.5·(taste − τ)), τ = the user's 30th percentile of taste over what they started, so about
 * two-thirds of starts are liked and the rest abandoned, dismissed or half-watched.
 * Tastes do not drift: the split tests whether a method learns the taste, not whether it tracks change.
 */
export function simulateUsers(items: readonly EvalItem[], options: { users: number; seed: number }): Simulation {
  const random = createRandom(options.seed);
  const features = itemFeatures(items);
  const users: SimulatedUser[] = [];
  const interactions: Interaction[] = [];
  const keys = new Float64Array(items.length);
  const sorted = new Float64Array(items.length);
  for (let u = 0; u < options.users; u++) {
    const user = drawUser(`sim-${String(u).padStart(5, '0')}`, items, features, random);
    users.push(user);
    const count = Math.min(200, 12 + Math.floor(-Math.log(1 - random.next()) * 40));
    const taste = new Float64Array(items.length);
    for (let i = 0; i < items.length; i++) {
      taste[i] = tasteScore(user, items[i]!, features, i);
      keys[i] = taste[i]! + user.popularityBias * features.logPopularity[i]! + random.gumbel();
    }
    sorted.set(keys);
    sorted.sort();
    const threshold = sorted[items.length - Math.round(count * 0.9)]!;
    const started: number[] = [];
    for (let i = 0; i < items.length; i++) if (keys[i]! >= threshold) started.push(i);
    // The taste-blind tenth: popularity-weighted draws among the titles not already started.
    const chosen = new Set(started);
    while (started.length < count) {
      const i = drawByPopularity(features.popularityCdf, random);
      if (!chosen.has(i)) {
        chosen.add(i);
        started.push(i);
      }
    }
    const tastes = started.map((i) => taste[i]!).sort((a, b) => a - b);
    const tau = tastes[Math.floor(tastes.length * 0.3)]!;
    const times = started.map(() => random.between(user.joinedAt, SIMULATION_END)).sort((a, b) => a - b);
    // Which title comes when is random: the taste does not drift over the year.
    shuffle(started, random);
    started.forEach((i, n) => {
      const liked = random.chance(1 / (1 + Math.exp(-1.5 * (taste[i]! - tau))));
      interactions.push(...viewing(user, items[i]!, liked, times[n]!, random));
    });
  }
  return { users, interactions };
}

/**
 * The planted affinity the simulation draws starts from (taste + popularityBias × ln popularity), as a function of
 * (user, catalogue index): what the eval's oracle row ranks by, to show how much of the test split any method could
 * predict. It knows the hidden styles and anime sub-genres no recommender can see.
 */
export function plantedAffinity(items: readonly EvalItem[]): (user: SimulatedUser, index: number) => number {
  const features = itemFeatures(items);
  return (user, index) => tasteScore(user, items[index]!, features, index) + user.popularityBias * features.logPopularity[index]!;
}

interface ItemFeatures {
  logPopularity: Float64Array;
  /** Cumulative popularity², for the taste-blind draws. */
  popularityCdf: Float64Array;
  hiddenStyle: Uint8Array;
  /** Hidden sub-genre of each anime (0 for films, unused). */
  animeSubgenre: Uint8Array;
  filmIndices: number[];
  animeIndices: number[];
  filmsByDirector: Map<string, number>;
}

function itemFeatures(items: readonly EvalItem[]): ItemFeatures {
  const filmsByDirector = new Map<string, number>();
  for (const item of items) if (!item.anime) for (const director of item.directors) filmsByDirector.set(director, (filmsByDirector.get(director) ?? 0) + 1);
  return {
    logPopularity: Float64Array.from(items, (item) => Math.log(item.popularity + 0.01)),
    popularityCdf: cumulative(items.map((item) => item.popularity ** 2)),
    hiddenStyle: Uint8Array.from(items, (item) => hashString(`style:${item.id}`) % HIDDEN_STYLES),
    animeSubgenre: Uint8Array.from(items, (item) => (item.anime ? hashString(`subgenre:${item.id}`) % ANIME_SUBGENRES : 0)),
    filmIndices: items.flatMap((item, i) => (item.anime ? [] : [i])),
    animeIndices: items.flatMap((item, i) => (item.anime ? [i] : [])),
    filmsByDirector,
  };
}

function drawUser(id: string, items: readonly EvalItem[], features: ItemFeatures, random: Random): SimulatedUser {
  const medium = (['FILM', 'ANIME', 'BOTH'] as const)[random.weighted([0.55, 0.25, 0.2])]!;
  const niches: Niche[] = [];
  const wanted = 1 + random.int(3);
  while (niches.length < wanted) {
    const anime = medium === 'ANIME' || (medium === 'BOTH' && random.chance(0.5));
    const seedIndex = random.pick(anime ? features.animeIndices : features.filmIndices);
    const seed = items[seedIndex]!;
    const year = seed.releaseYear ?? 2000;
    let niche: Niche;
    if (anime) {
      const format = (['SERIES', 'MOVIE', 'EITHER'] as const)[random.weighted([0.5, 0.2, 0.3])]!;
      niche = { kind: 'ANIME', subgenre: features.animeSubgenre[seedIndex]!, centre: year, width: random.between(2, 5), format };
    } else if (seed.directors[0] && (features.filmsByDirector.get(seed.directors[0]) ?? 0) >= 3 && random.chance(0.25)) {
      niche = { kind: 'DIRECTOR', director: seed.directors[0] };
    } else if (seed.genres[0]) {
      niche = { kind: 'FILM_GENRE', genre: seed.genres[0], centre: year, width: random.between(3, 7) };
    } else {
      continue;
    }
    niches.push(niche);
  }
  const hiddenStyles = [random.int(HIDDEN_STYLES)];
  while (hiddenStyles.length < 2) {
    const style = random.int(HIDDEN_STYLES);
    if (!hiddenStyles.includes(style)) hiddenStyles.push(style);
  }
  const onboardingGenres = [...new Set(niches.flatMap((n) => (n.kind === 'FILM_GENRE' ? [n.genre] : n.kind === 'ANIME' ? ['animation'] : [])))];
  return {
    id,
    medium,
    niches,
    hiddenStyles,
    popularityBias: random.between(0.5, 2),
    onboardingGenres,
    device: (['PHONE', 'TV', 'WEB', 'TABLET'] as const)[random.weighted([0.35, 0.35, 0.15, 0.15])]!,
    hour: random.pick([7, 12, 18, 19, 20, 20, 21, 21, 22, 23, 0, 1]),
    joinedAt: SIMULATION_START + random.next() * 0.75 * (SIMULATION_END - SIMULATION_START),
  };
}

/** The planted taste of `user` for item `index`: everything in the affinity except popularity. */
function tasteScore(user: SimulatedUser, item: EvalItem, features: ItemFeatures, index: number): number {
  let best = 0;
  for (const niche of user.niches) {
    let match = 0;
    if (niche.kind === 'DIRECTOR') match = !item.anime && item.directors.includes(niche.director) ? 1 : 0;
    else if (niche.kind === 'FILM_GENRE') match = !item.anime && item.genres.includes(niche.genre) ? era(item, niche) : 0;
    else if (item.anime && features.animeSubgenre[index] === niche.subgenre) match = era(item, niche) * (niche.format === 'EITHER' || niche.format === item.contentType ? 1 : 0.5);
    best = Math.max(best, match);
  }
  let score = NICHE_STRENGTH * best;
  if (user.hiddenStyles.includes(features.hiddenStyle[index]!)) score += 1;
  if (item.anime ? user.medium === 'FILM' : user.medium === 'ANIME') score -= 2;
  return score;
}

function era(item: EvalItem, niche: { centre: number; width: number }): number {
  return item.releaseYear === null ? 0.3 : Math.exp(-(((item.releaseYear - niche.centre) / niche.width) ** 2) / 2);
}

/**
 * The events one start produces. Liked: finished (a completion, or progress > 92%; a series is binged 40% of the
 * time), rated 4–5 one time in five, added to the watchlist first one time in ten. Not liked: abandoned under 30%
 * (half the time), dismissed (a fifth), or half-watched 30–85% (the rest, a weak positive in the §5 table);
 * one in ten rated 1–2.
 */
function viewing(user: SimulatedUser, item: EvalItem, liked: boolean, at: number, random: Random): Interaction[] {
  const base = { userId: user.id, itemId: item.id };
  const events: Interaction[] = [];
  if (liked) {
    if (random.chance(0.1)) events.push({ ...base, kind: 'WATCHLIST_ADD', at: Math.max(user.joinedAt, at - random.between(1, 20) * DAY) });
    const binge = item.contentType === 'SERIES' && random.chance(0.4);
    events.push(random.chance(0.5) ? { ...base, kind: 'COMPLETION', at, binge } : { ...base, kind: 'PROGRESS', at, completion: random.between(0.92, 1), binge });
    if (random.chance(0.2)) events.push({ ...base, kind: 'RATING', at: at + 60_000, rating: random.chance(0.6) ? 5 : 4 });
    return events;
  }
  const outcome = random.weighted([0.5, 0.2, 0.3]);
  if (outcome === 0) events.push({ ...base, kind: 'PROGRESS', at, completion: random.between(0.02, 0.28) });
  else if (outcome === 1) events.push({ ...base, kind: 'DISMISSAL', at });
  else events.push({ ...base, kind: 'PROGRESS', at, completion: random.between(0.3, 0.85) });
  if (outcome !== 1 && random.chance(0.1)) events.push({ ...base, kind: 'RATING', at: at + 60_000, rating: random.chance(0.5) ? 1 : 2 });
  return events;
}

function cumulative(weights: readonly number[]): Float64Array {
  const cdf = new Float64Array(weights.length);
  let total = 0;
  weights.forEach((w, i) => (cdf[i] = total += w));
  return cdf;
}

function drawByPopularity(cdf: Float64Array, random: Random): number {
  const target = random.next() * cdf[cdf.length - 1]!;
  let low = 0;
  let high = cdf.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (cdf[middle]! > target) high = middle;
    else low = middle + 1;
  }
  return low;
}

function shuffle<T>(values: T[], random: Random): void {
  for (let i = values.length - 1; i > 0; i--) {
    const j = random.int(i + 1);
    [values[i], values[j]] = [values[j]!, values[i]!];
  }
}
