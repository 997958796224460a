import { isUuid } from '../lib/isUuid.js';

export const MAX_SUBSCRIBED_TITLES = 100;

export type SubscribedTitleIds = { ok: true; titleIds: string[]; problems?: undefined } | { ok: false; problems: string[]; titleIds?: undefined };

/**
 * The `availabilityChanged(titleIds:)` argument, validated with every problem reported together: 1 to 100 distinct
 * title UUIDs, lower-cased as the catalog stores them, duplicates dropped, in the order given.
 */
export function parseSubscribedTitleIds(input: readonly string[]): SubscribedTitleIds {
  const problems: string[] = [];
  const malformed = input.filter((id) => !isUuid(id));
  if (malformed.length > 0) {
    const shown = malformed.slice(0, 5).map((id) => JSON.stringify(id.slice(0, 64)));
    problems.push(`titleIds must be title UUIDs, got ${shown.join(', ')}${malformed.length > shown.length ? ` and ${malformed.length - shown.length} more` : ''}`);
  }
  const titleIds = [...new Set(input.filter(isUuid).map((id) => id.toLowerCase()))];
  const count = titleIds.length + malformed.length;
  if (count < 1 || count > MAX_SUBSCRIBED_TITLES) {
    problems.push(`titleIds must name 1 to ${MAX_SUBSCRIBED_TITLES} distinct titles, got ${count}`);
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, titleIds };
}
