import type { CatalogItem } from '../content/CatalogItem.js';

/** The device types the sync subgraph registers. */
export type DeviceType = 'PHONE' | 'TABLET' | 'TV' | 'WEB' | 'DESKTOP' | 'CLI';
export type Daypart = 'MORNING' | 'AFTERNOON' | 'EVENING' | 'LATE_NIGHT';

/** Where and when the request is made. `hour` is the viewer's local hour, 0–23. */
export interface ViewingContext {
  hour: number;
  device?: DeviceType;
}

/**
 * Hand-set priors, not learned: a reasonable default for the §5 context source until per-user hourly/weekday patterns
 * exist. Each daypart lifts a few genres (×1.5 when the title has any of them) and says whether short watches suit it;
 * "short" means a series (an episode) or a film of at most `SHORT_RUNTIME_MINUTES`.
 *
 * | daypart    | hours  | genres lifted                                   | prefers short |
 * |------------|--------|-------------------------------------------------|---------------|
 * | MORNING    | 05–11  | family, animation, comedy, documentary          | yes           |
 * | AFTERNOON  | 12–17  | family, animation, adventure, comedy            | no            |
 * | EVENING    | 18–22  | drama, thriller, crime, action, science_fiction | no            |
 * | LATE_NIGHT | 23–04  | horror, thriller, mystery, comedy               | yes           |
 *
 * Devices: a phone prefers short (commutes, bed), a TV prefers full-length films; tablet, web, desktop and CLI are
 * neutral. When the daypart or the device prefers short, a short title scores ×1.25 and a film over
 * `LONG_RUNTIME_MINUTES` ×0.8; when the TV prefers long, a film of at least `SHORT_RUNTIME_MINUTES` scores ×1.15.
 */
export const CONTEXT_PRIORS: Readonly<Record<Daypart, { hours: readonly [number, number]; genres: readonly string[]; prefersShort: boolean }>> = Object.freeze({
  MORNING: { hours: [5, 11], genres: ['family', 'animation', 'comedy', 'documentary'], prefersShort: true },
  AFTERNOON: { hours: [12, 17], genres: ['family', 'animation', 'adventure', 'comedy'], prefersShort: false },
  EVENING: { hours: [18, 22], genres: ['drama', 'thriller', 'crime', 'action', 'science_fiction'], prefersShort: false },
  LATE_NIGHT: { hours: [23, 4], genres: ['horror', 'thriller', 'mystery', 'comedy'], prefersShort: true },
});
export const SHORT_RUNTIME_MINUTES = 100;
export const LONG_RUNTIME_MINUTES = 130;
const DEVICE_RUNTIME: Readonly<Partial<Record<DeviceType, 'SHORT' | 'LONG'>>> = { PHONE: 'SHORT', TV: 'LONG' };

export function daypartOf(hour: number): Daypart {
  if (!Number.isInteger(hour) || hour < 0 || hour > 23) throw new TypeError(`hour must be an integer 0–23, got ${hour}`);
  if (hour >= 5 && hour <= 11) return 'MORNING';
  if (hour >= 12 && hour <= 17) return 'AFTERNOON';
  if (hour >= 18 && hour <= 22) return 'EVENING';
  return 'LATE_NIGHT';
}

/** Per catalogue array, the context ranking of every item for each (daypart, runtime preference) asked so far. */
const rankings = new WeakMap<readonly CatalogItem[], Map<string, { order: Int32Array; scores: Float64Array }>>();

/**
 * Context candidates (§5, 50 by default in the hybrid): popularity × the daypart's genre lift × the runtime fit from
 * `CONTEXT_PRIORS`, best first (ties: lower index). Popularity is the base so the source suggests known titles that
 * suit the moment, not obscure ones that happen to be short. `exclude`d (watched) items are left out.
 *
 * The score depends on the moment, not the viewer, so each catalogue array is ranked once per (daypart, device
 * runtime preference) and a request walks that ranking past its exclusions: the cache assumes a catalogue array is
 * not changed once built, as the models do.
 */
export function scoreContext(
  items: readonly CatalogItem[],
  context: ViewingContext,
  k: number,
  options: { exclude?: ReadonlySet<number> } = {},
): Array<{ index: number; score: number }> {
  if (!Number.isInteger(k) || k < 0) throw new TypeError(`k must be a non-negative integer, got ${k}`);
  const daypart = daypartOf(context.hour);
  const device = context.device ? DEVICE_RUNTIME[context.device] : undefined;
  const { order, scores } = ranking(items, daypart, device);
  const out: Array<{ index: number; score: number }> = [];
  for (let rank = 0; rank < order.length && out.length < k; rank++) {
    const index = order[rank]!;
    if (!options.exclude?.has(index)) out.push({ index, score: scores[index]! });
  }
  return out;
}

function ranking(items: readonly CatalogItem[], daypart: Daypart, device: 'SHORT' | 'LONG' | undefined): { order: Int32Array; scores: Float64Array } {
  const byMoment = rankings.get(items) ?? new Map<string, { order: Int32Array; scores: Float64Array }>();
  rankings.set(items, byMoment);
  const key = `${daypart}|${device ?? ''}`;
  const cached = byMoment.get(key);
  if (cached) return cached;
  const prior = CONTEXT_PRIORS[daypart];
  const prefersShort = prior.prefersShort || device === 'SHORT';
  const lifted = new Set(prior.genres);
  const scores = Float64Array.from(items, (item) => {
    const genreLift = item.genres.some((genre) => lifted.has(genre)) ? 1.5 : 1;
    const runtime = item.runtimeMinutes ?? null;
    const short = item.contentType === 'SERIES' || (runtime !== null && runtime <= SHORT_RUNTIME_MINUTES);
    let fit = 1;
    if (prefersShort) fit = short ? 1.25 : runtime !== null && runtime > LONG_RUNTIME_MINUTES ? 0.8 : 1;
    else if (device === 'LONG' && item.contentType === 'MOVIE' && runtime !== null && runtime >= SHORT_RUNTIME_MINUTES) fit = 1.15;
    return item.popularity * genreLift * fit;
  });
  const order = Int32Array.from(items.keys())
    .filter((index) => !Number.isNaN(scores[index]!))
    .sort((a, b) => scores[b]! - scores[a]! || a - b);
  const entry = { order, scores };
  byMoment.set(key, entry);
  return entry;
}
