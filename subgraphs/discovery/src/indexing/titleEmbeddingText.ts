import type { DiscoveryDocument } from '../store/DiscoveryStore.js';
import { GENRE_LABELS, normalizeGenre } from '../vocabulary/genres.js';

/** External id systems only anime databases assign: a title they know is anime, whatever its genres say. */
const ANIME_SYSTEMS: ReadonlySet<string> = new Set(['bangumi', 'mal', 'anidb', 'anilist']);
const MAX_OTHER_NAMES = 4;
const MAX_CAST = 6;
const MAX_OVERVIEW_CHARS = 1_000;

/**
 * The text a title is embedded from (issue: "title and localized titles, overview when present, genres, people,
 * descriptors"), written as a sentence-like description so a sentence model reads it the way it reads queries
 * ("dark crime thriller directed by Michael Mann"). Names come first: a model that truncates keeps what identifies
 * the title. Deterministic, so an unchanged document embeds to the same vector.
 */
export function titleEmbeddingText(doc: DiscoveryDocument): string {
  const otherNames = [...new Set([doc.originalName ?? '', ...doc.localizedNames])]
    .filter((name) => name.trim() !== '' && name !== doc.title)
    .slice(0, MAX_OTHER_NAMES);
  const genres = doc.genres.flatMap((raw) => {
    const genre = normalizeGenre(raw);
    return genre ? [GENRE_LABELS[genre].toLowerCase()] : [];
  });
  const anime = Object.keys(doc.externalIds).some((system) => ANIME_SYSTEMS.has(system));
  const kind = anime ? `anime ${doc.contentType === 'SERIES' ? 'series' : 'film'}` : doc.contentType === 'SERIES' ? 'series' : 'film';
  const era = doc.releaseYear === null ? '' : ` from ${doc.releaseYear} (${Math.floor(doc.releaseYear / 10) * 10}s)`;

  const parts = [`${doc.title}.`];
  if (otherNames.length > 0) parts.push(`Also known as ${otherNames.join(', ')}.`);
  parts.push(`${genres.length > 0 ? `${genres.join(', ')} ` : ''}${kind}${era}.`);
  if (doc.directors.length > 0) parts.push(`Directed by ${doc.directors.join(', ')}.`);
  if (doc.cast.length > 0) parts.push(`Starring ${doc.cast.slice(0, MAX_CAST).join(', ')}.`);
  if (doc.overview) parts.push(doc.overview.slice(0, MAX_OVERVIEW_CHARS));
  return parts.join(' ');
}
