import type { RecommendationList } from '../lib/results.js';
import { formatTitleSummary } from './formatTitle.js';

const FALLBACK_NOTE: Record<string, string> = {
  COLD_START: 'Not much watched yet: picks from your favourite genres, then what is trending.',
  POPULARITY: 'Nothing stood out for you yet: showing what is popular.',
};

/** A profile's picks as a numbered list, each with why it was picked; says when the list is not personal. */
export function formatRecommendations(list: RecommendationList): string {
  const lines: string[] = [];
  if (!list.personalized) lines.push('Not personalised (no personalisation consent): showing what is trending.');
  else if (list.fallback) lines.push(FALLBACK_NOTE[list.fallback] ?? `Fallback: ${list.fallback}.`);
  if (list.reason) lines.push(`note: ${list.reason}`);
  if (list.items.length === 0) {
    lines.push('No recommendations right now.');
    return lines.join('\n');
  }
  list.items.forEach((item, index) => {
    lines.push(`${index + 1}. ${formatTitleSummary(item.title)}`);
    lines.push(`   id: ${item.title.id}`);
    lines.push(`   why: ${item.explanation}`);
  });
  return lines.join('\n');
}
