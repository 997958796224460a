import type { WatchlistEntry } from '../lib/results.js';
import { formatTable } from './formatTable.js';

/** The watchlist, newest additions first (the order the server sends). */
export function formatWatchlist(entries: readonly WatchlistEntry[], pending: number): string {
  const lines = [
    entries.length === 0
      ? 'Your watchlist is empty.'
      : formatTable(
          ['ID', 'TITLE', 'YEAR', 'TYPE', 'ADDED'],
          entries.map((entry) => [
            entry.title.id,
            entry.title.name,
            entry.title.releaseYear === null ? '' : String(entry.title.releaseYear),
            entry.title.contentType.toLowerCase(),
            entry.addedAt.slice(0, 10),
          ]),
        ),
  ];
  if (pending > 0) lines.push('', `${pending} change(s) made offline are not sent yet: run \`media-gateway watchlist sync\`.`);
  return lines.join('\n');
}
