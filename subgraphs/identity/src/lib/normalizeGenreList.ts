const MAX_GENRES = 50;
const MAX_GENRE_LENGTH = 50;

/**
 * Genres as identity stores them: trimmed, lower-cased, de-duplicated in first-seen order. Identity cannot import
 * the catalog's genre enum (subgraphs never import each other), so values are free text compared
 * case-insensitively (§6 "blocked_genres (case-insensitive)"); the catalog's canonical genres are lower-case, so a
 * GraphQL enum value such as `SCIENCE_FICTION` lands on the stored `science_fiction`.
 */
export function normalizeGenreList(field: string, values: readonly string[], problems: string[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  let sawEmpty = false;
  for (const raw of values) {
    const genre = raw.trim().toLowerCase();
    if (genre === '') {
      sawEmpty = true;
      continue;
    }
    if (genre.length > MAX_GENRE_LENGTH) {
      problems.push(`${field} entries must be at most ${MAX_GENRE_LENGTH} characters, got ${JSON.stringify(raw.slice(0, 20))}…`);
      continue;
    }
    if (!seen.has(genre)) {
      seen.add(genre);
      out.push(genre);
    }
  }
  if (sawEmpty) problems.push(`${field} must not contain empty genres`);
  if (out.length > MAX_GENRES) problems.push(`${field} accepts at most ${MAX_GENRES} genres, got ${out.length}`);
  return out;
}
