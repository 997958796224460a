import type { ContentTypeName } from './parseContentType.js';
import type { GenreName } from './parseGenres.js';
import type { YearRange } from './parseYearRange.js';

/** `search`'s filter options as commander hands them over (already parsed). */
export interface SearchFilterOptions {
  type?: ContentTypeName;
  genre?: GenreName[];
  year?: YearRange;
  platform?: string[];
}

/** The `SearchFilter` input for the options given, or null when none narrows the search. */
export function searchFilters(options: SearchFilterOptions): { contentTypes?: ContentTypeName[]; genres?: GenreName[]; releaseYear?: YearRange; platforms?: string[] } | null {
  const filters = {
    ...(options.type ? { contentTypes: [options.type] } : {}),
    ...(options.genre?.length ? { genres: options.genre } : {}),
    ...(options.year ? { releaseYear: options.year } : {}),
    ...(options.platform?.length ? { platforms: options.platform } : {}),
  };
  return Object.keys(filters).length > 0 ? filters : null;
}
