import { anonymizeQuery } from './anonymizeQuery.js';
import type { SearchLogEntry } from './SearchLogEntry.js';

const MAX_LABEL_LENGTH = 64;
const MAX_INT4 = 2_147_483_647;

/**
 * What is wrong with an entry the search log was handed, or `undefined` when it may be stored. A query that
 * `anonymizeQuery` would still change was not anonymised (the function is idempotent), and is refused rather than
 * written: the table must never hold raw query text.
 */
export function searchLogEntryProblem(entry: SearchLogEntry): string | undefined {
  if (typeof entry !== 'object' || entry === null) return 'an entry must be an object';
  if (typeof entry.query !== 'string' || anonymizeQuery(entry.query) !== entry.query) return '`query` must be anonymised with anonymizeQuery';
  if (!isLabel(entry.strategy)) return `\`strategy\` must be a non-empty string of at most ${MAX_LABEL_LENGTH} characters`;
  if (!isLabel(entry.region)) return `\`region\` must be a non-empty string of at most ${MAX_LABEL_LENGTH} characters`;
  if (!Number.isInteger(entry.resultCount) || entry.resultCount < 0 || entry.resultCount > MAX_INT4) {
    return `\`resultCount\` must be a non-negative integer, got ${String(entry.resultCount)}`;
  }
  if (typeof entry.latencyMs !== 'number' || !Number.isFinite(entry.latencyMs) || entry.latencyMs < 0) {
    return `\`latencyMs\` must be a finite non-negative number, got ${String(entry.latencyMs)}`;
  }
  if (typeof entry.cached !== 'boolean') return '`cached` must be a boolean';
  if (!(entry.at instanceof Date) || Number.isNaN(entry.at.getTime())) return '`at` must be a valid Date';
  return undefined;
}

function isLabel(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '' && value.length <= MAX_LABEL_LENGTH;
}
