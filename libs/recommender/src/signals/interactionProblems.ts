import { INTERACTION_KINDS } from './Interaction.js';
import type { Interaction } from './Interaction.js';

/**
 * Everything wrong with an interaction, `[]` when it is usable. Interactions arrive from other services' events, so
 * they are checked as untrusted data and every problem is listed rather than only the first.
 */
export function interactionProblems(interaction: Interaction): string[] {
  const problems: string[] = [];
  if (typeof interaction.userId !== 'string' || interaction.userId.length === 0) problems.push('userId must be a non-empty string');
  if (typeof interaction.itemId !== 'string' || interaction.itemId.length === 0) problems.push('itemId must be a non-empty string');
  if (!(INTERACTION_KINDS as readonly string[]).includes(interaction.kind)) {
    problems.push(`kind must be one of ${INTERACTION_KINDS.join(', ')}; got ${JSON.stringify(interaction.kind)}`);
  }
  if (typeof interaction.at !== 'number' || !Number.isFinite(interaction.at)) problems.push(`at must be a finite timestamp; got ${String(interaction.at)}`);
  if (interaction.completion === undefined) {
    if (interaction.kind === 'PROGRESS') problems.push('completion is required for PROGRESS');
  } else if (!inRange(interaction.completion, 0, 1)) {
    problems.push(`completion must be in [0, 1]; got ${String(interaction.completion)}`);
  }
  if (interaction.rating === undefined) {
    if (interaction.kind === 'RATING') problems.push('rating is required for RATING');
  } else if (!inRange(interaction.rating, 1, 5)) {
    problems.push(`rating must be in [1, 5]; got ${String(interaction.rating)}`);
  }
  return problems;
}

function inRange(value: unknown, min: number, max: number): boolean {
  return typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max;
}
