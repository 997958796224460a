import { v5 as uuidv5 } from 'uuid';
import type { NormalizedOffer, ResolvedTitle } from '../../src/ingestion/types.js';
import { makeOffer } from './makeRecord.js';

import { offerIdFor } from '../../src/ingestion/catalogIds.js';
import { ratingRank } from '../../src/title/contentRating.js';

const NS = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';

export const fixtureId = (name: string): string => uuidv5(`fixture:${name}`, NS);

/** An offer for store fixtures: a real (non-demo) subscription unless overridden. */
export const offer = (overrides: Partial<NormalizedOffer> & Pick<NormalizedOffer, 'platformId'>): NormalizedOffer =>
  makeOffer({ platformTitleId: `${overrides.platformId}-id`, ...overrides });

/** A resolved title for store tests; `rating` fills the rank the way ingestion does. */
export function resolvedTitle(
  name: string,
  overrides: Partial<Omit<ResolvedTitle, 'offers' | 'contentRating'>> & { offers?: NormalizedOffer[]; rating?: string } = {},
): ResolvedTitle {
  const id = fixtureId(name);
  const { offers = [], rating, ...rest } = overrides;
  const releaseDate = rest.releaseDate === undefined ? new Date(Date.UTC(rest.releaseYear ?? 2000, 0, 1)) : rest.releaseDate;
  return {
    id,
    contentType: 'MOVIE',
    title: name,
    originalTitle: null,
    originalLanguage: null,
    overview: null,
    localizedTitles: [{ locale: 'en', names: [name] }],
    releaseYear: releaseDate?.getUTCFullYear() ?? null,
    endDate: null,
    runtimeMinutes: null,
    genres: [],
    credits: [],
    externalIds: [],
    popularity: 0.5,
    averageRating: null,
    voteCount: 0,
    qualityScore: 0.5,
    sourceRecords: [{ source: 'fixture', sourceKey: name }],
    ...rest,
    releaseDate,
    contentRating: rating ? { system: 'MPAA', rating, rank: ratingRank(rating)! } : null,
    offers: offers.map((o) => ({ ...o, id: offerIdFor(id, o) })),
  };
}
