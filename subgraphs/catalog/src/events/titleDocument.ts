import type { CatalogOfferDocument, CatalogTitleDocument } from '@media-gateway/events';
import { platformById } from '../availability/platforms.js';
import type { TitleDocumentSource } from './TitleDocumentSource.js';

/**
 * The published form of a title (`catalog.title.upserted`, the shared contract in `@media-gateway/events`). Pure and
 * canonical: lists that carry no meaningful order in the catalog (locales, external ids, offers) are sorted and
 * deduplicated, so the same title gives the same document, and the same hash, whichever path built it.
 *
 * An offer that names no regions is valid wherever its platform operates (the catalog's convention); the document
 * spells that out with the platform's regions, or null (worldwide) for a worldwide platform, so consumers need no
 * platform table. E.g. a Hulu offer with `regions: []` becomes `regions: ['US']`, a Netflix one `regions: null`.
 */
export function titleDocument(title: TitleDocumentSource): CatalogTitleDocument {
  return {
    titleId: title.id,
    contentType: title.contentType,
    name: title.title,
    originalName: title.originalTitle,
    localizedNames: unique(
      [...title.localizedTitles].sort((a, b) => compare(a.locale, b.locale)).flatMap((l) => l.names),
    ),
    overview: title.overview,
    genres: [...title.genres],
    directors: creditNames(title.credits, 'DIRECTOR'),
    cast: creditNames(title.credits, 'CAST'),
    releaseYear: title.releaseYear,
    releaseDate: title.releaseDate ? title.releaseDate.toISOString().slice(0, 10) : null,
    runtimeMinutes: title.runtimeMinutes,
    contentRating: title.contentRating ? { system: title.contentRating.system, rating: title.contentRating.rating } : null,
    popularity: title.popularity,
    averageRating: title.averageRating,
    voteCount: title.voteCount,
    qualityScore: title.qualityScore,
    externalIds: uniqueBy(
      title.externalIds.map(({ system, value }) => ({ system, value })),
      (e) => `${e.system}\u0000${e.value}`,
    ).sort((a, b) => compare(a.system, b.system) || compare(a.value, b.value)),
    offers: uniqueBy(title.offers.map(offerDocument), offerKey).sort((a, b) => compare(offerKey(a), offerKey(b))),
  };
}

function offerDocument(offer: TitleDocumentSource['offers'][number]): CatalogOfferDocument {
  const own = unique(offer.regions ?? []).sort(compare);
  const platformRegions = platformById(offer.platformId)?.regions ?? [];
  const regions = own.length > 0 ? own : platformRegions.length > 0 ? unique(platformRegions).sort(compare) : null;
  return {
    platformId: offer.platformId,
    availabilityType: offer.availabilityType,
    regions,
    availableFrom: offer.availableFrom?.toISOString() ?? null,
    expiresAt: offer.expiresAt?.toISOString() ?? null,
    source: offer.source,
  };
}

function offerKey(o: CatalogOfferDocument): string {
  return [o.platformId, o.availabilityType, o.source, o.availableFrom ?? '', o.expiresAt ?? '', (o.regions ?? ['*']).join(',')].join('\u0000');
}

function creditNames(credits: TitleDocumentSource['credits'], role: 'DIRECTOR' | 'CAST'): string[] {
  return unique(
    credits
      .filter((c) => c.role === role)
      .sort((a, b) => a.position - b.position || compare(a.personName, b.personName))
      .map((c) => c.personName),
  );
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(key(item))) seen.set(key(item), item);
  return [...seen.values()];
}

// Code-unit order, not locale-aware: the result must not depend on the machine's locale.
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
