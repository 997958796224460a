import { InvalidArgumentError } from 'commander';

export type ContentTypeName = 'MOVIE' | 'SERIES';

/** `--type movie|series` (also `film`, `show`, `tv`). */
export function parseContentType(value: string): ContentTypeName {
  switch (value.trim().toLowerCase()) {
    case 'movie':
    case 'movies':
    case 'film':
      return 'MOVIE';
    case 'series':
    case 'show':
    case 'tv':
      return 'SERIES';
    default:
      throw new InvalidArgumentError(`expected movie or series, got ${JSON.stringify(value)}.`);
  }
}
