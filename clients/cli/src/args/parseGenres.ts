import { InvalidArgumentError } from 'commander';

/** The catalogue's genres (the `Genre` enum of the supergraph). */
export const GENRES = [
  'ACTION',
  'ADVENTURE',
  'ANIMATION',
  'COMEDY',
  'CRIME',
  'DOCUMENTARY',
  'DRAMA',
  'FAMILY',
  'FANTASY',
  'HISTORY',
  'HORROR',
  'MUSIC',
  'MYSTERY',
  'ROMANCE',
  'SCIENCE_FICTION',
  'THRILLER',
  'WAR',
  'WESTERN',
] as const;

export type GenreName = (typeof GENRES)[number];

/** What people type for a genre whose enum name they would not guess. */
const ALIASES: Readonly<Record<string, GenreName>> = { SCI_FI: 'SCIENCE_FICTION', SCIFI: 'SCIENCE_FICTION', SF: 'SCIENCE_FICTION', DOC: 'DOCUMENTARY', KIDS: 'FAMILY' };

/**
 * `--genre`, repeatable and comma-separated (`--genre horror,sci-fi --genre comedy`): each value case-insensitive,
 * spaces and dashes as underscores. Accumulates into `previous`, as commander passes it.
 */
export function parseGenres(value: string, previous: GenreName[] = []): GenreName[] {
  const out = [...previous];
  for (const part of value.split(',')) {
    const key = part.trim().toUpperCase().replace(/[\s-]+/g, '_');
    if (!key) continue;
    const genre = (GENRES as readonly string[]).includes(key) ? (key as GenreName) : ALIASES[key];
    if (!genre) throw new InvalidArgumentError(`unknown genre ${JSON.stringify(part.trim())}; one of: ${GENRES.map((g) => g.toLowerCase().replace(/_/g, '-')).join(', ')}.`);
    if (!out.includes(genre)) out.push(genre);
  }
  return out;
}
