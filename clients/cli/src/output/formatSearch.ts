import type { SearchResults } from '../lib/results.js';
import { formatTitleSummary } from './formatTitle.js';

/**
 * Search results as a numbered list: each hit's summary, why it matched, and the platforms it streams on in the
 * region. Corrections and warnings the server sent come first, so "did you mean" is not missed.
 */
export function formatSearch(results: SearchResults, options: { query: string; region: string }): string {
  const lines: string[] = [];
  if (results.correction) lines.push(`Showing results for "${results.correction.corrected}" (you typed "${results.correction.original}").`);
  for (const warning of results.warnings) lines.push(`note: ${warning.message}`);
  if (results.trending) lines.push(options.query.trim() ? 'Nothing specific matched; showing what is trending.' : 'Trending now:');
  if (results.hits.length === 0) {
    lines.push('No titles found.');
    return lines.join('\n');
  }
  results.hits.forEach((hit, index) => {
    lines.push(`${index + 1}. ${formatTitleSummary(hit.title)}`);
    lines.push(`   id: ${hit.title.id}`);
    if (hit.primaryReason) lines.push(`   why: ${hit.primaryReason.text}`);
    const platforms = [...new Set(hit.title.availability.map((offer) => offer.platform.name))];
    lines.push(`   watch in ${options.region}: ${platforms.length > 0 ? platforms.join(', ') : 'not streaming'}`);
  });
  const shown = results.hits.length;
  if (results.totalCount > shown) lines.push('', `${shown} of ${results.totalCount} shown (use --limit for more).`);
  return lines.join('\n');
}
