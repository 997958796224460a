import type { Offer, TitleDetails } from '../lib/results.js';
import { formatTable } from './formatTable.js';

type Summary = Pick<TitleDetails, 'id' | 'name' | 'contentType' | 'releaseYear' | 'genres' | 'runtimeMinutes' | 'averageRating' | 'contentRating'>;

/** `SCIENCE_FICTION` → `Science Fiction`. */
export function humanEnum(value: string): string {
  return value
    .toLowerCase()
    .split('_')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}

/** One line about a title: `Alien (1979) · movie · Horror, Science Fiction · 117 min · R · ★ 8.1`. */
export function formatTitleSummary(title: Summary): string {
  const parts = [
    title.releaseYear === null ? title.name : `${title.name} (${title.releaseYear})`,
    title.contentType.toLowerCase(),
    title.genres.map(humanEnum).join(', '),
    title.runtimeMinutes ? `${title.runtimeMinutes} min` : '',
    title.contentRating?.rating ?? '',
    title.averageRating === null ? '' : `★ ${title.averageRating.toFixed(1)}`,
  ];
  return parts.filter(Boolean).join(' · ');
}

/** Where a title streams: one row per offer, with its price and the link that opens it. */
export function formatOffers(offers: readonly Offer[], region: string): string {
  if (offers.length === 0) return `Not available to stream in ${region}.`;
  return formatTable(
    ['PLATFORM', 'TYPE', 'PRICE', 'QUALITY', 'LINK'],
    offers.map((offer) => [
      offer.platform.name,
      offer.availabilityType.toLowerCase(),
      offer.price ? `${offer.price.amount.toFixed(2)} ${offer.price.currency}` : '',
      offer.qualityTiers.join(','),
      offer.deepLink.webUrl,
    ]),
  );
}

/** `info`: the title, its overview and credits, then availability and similar titles when asked for. */
export function formatTitle(title: TitleDetails, options: { availability: boolean; similar: boolean; region: string }): string {
  const lines = [formatTitleSummary(title), `id: ${title.id}`];
  if (title.originalName && title.originalName !== title.name) lines.push(`original title: ${title.originalName}`);
  if (title.directors.length > 0) lines.push(`directed by: ${title.directors.join(', ')}`);
  const cast = title.credits.filter((credit) => credit.role === 'CAST').slice(0, 6);
  if (cast.length > 0) lines.push(`cast: ${cast.map((credit) => credit.name).join(', ')}`);
  if (title.overview) lines.push('', title.overview);
  if (options.availability) lines.push('', `Where to watch in ${options.region}:`, formatOffers(title.availability, options.region));
  if (options.similar) {
    lines.push('', 'Similar titles:');
    if (title.similar.length === 0) lines.push('none found');
    for (const hit of title.similar) lines.push(`  ${hit.title.id}  ${formatTitleSummary(hit.title)}`);
  }
  return lines.join('\n');
}
