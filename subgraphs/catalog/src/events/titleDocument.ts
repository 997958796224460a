import type { CatalogOfferDeepLink, CatalogOfferDocument, CatalogTitleDocument } from '@media-gateway/events';
import { buildDeepLink } from '../availability/buildDeepLink.js';
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
 * For the same reason each offer carries its launch links (`deepLink`), built exactly as `Offer.deepLink` builds
 * them for the API, without a start time.
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
    offers: offerDocuments(title.offers),
  };
}

/** A title's offers as its document lists them: deduplicated and in canonical order. */
export function offerDocuments(offers: TitleDocumentSource['offers']): CatalogOfferDocument[] {
  return uniqueBy(offers.map(offerDocument), offerKey).sort((a, b) => compare(offerKey(a), offerKey(b)));
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
    deepLink: offerDeepLink(offer),
  };
}

/**
 * The links `Offer.deepLink` serves. The API builds them from the platform table, which `createCatalogService` seeds
 * from the same registry read here, so both agree. Null only for what the API could not link either (a platform
 * missing from the registry, an empty platform title id), rather than failing the whole document.
 */
function offerDeepLink(offer: TitleDocumentSource['offers'][number]): CatalogOfferDeepLink | null {
  const platform = platformById(offer.platformId);
  if (!platform || offer.platformTitleId === '') return null;
  const { appUrl, webUrl } = buildDeepLink(platform, offer.platformTitleId, { sourceWebUrl: offer.webUrl });
  return { appUrl, webUrl };
}

// The links are part of the key: two offers that differ only in where they lead are both kept, so which one a
// document shows never depends on the order the offers were read in.
function offerKey(o: CatalogOfferDocument): string {
  return [
    o.platformId, o.availabilityType, o.source, o.availableFrom ?? '', o.expiresAt ?? '', (o.regions ?? ['*']).join(','),
    o.deepLink?.appUrl ?? '', o.deepLink?.webUrl ?? '',
  ].join('\u0000');
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
