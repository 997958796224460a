import { describe, expect, it } from 'vitest';
import { becauseYouWatched } from '../../src/serving/becauseYouWatched.js';
import { completions, tinyCatalog, tinyModels, titleId } from '../support/tinyModels.js';

const models = tinyModels(
  Array.from({ length: 4 }, (_, u) => completions(`30000000-0000-4000-8000-00000000000${u}`, `40000000-0000-4000-8000-00000000000${u}`, [1, 2, 3, 7])).flat(),
);
const byId = new Map(tinyCatalog().map((item) => [item.id, item]));

describe('becauseYouWatched', () => {
  it('answers related titles available in the region, never the title itself, each citing it', () => {
    const related = becauseYouWatched(models, titleId(1), 8, 'JP');
    expect(related).toHaveLength(8);
    for (const item of related) {
      expect(item.titleId).not.toBe(titleId(1));
      const regions = byId.get(item.titleId)!.regions;
      expect(regions == null || regions.includes('JP')).toBe(true);
      expect(item.basedOn).toEqual([titleId(1)]);
    }
  });

  it('puts co-watched titles and same-director titles first', () => {
    const ids = becauseYouWatched(models, titleId(1), 3, 'US').map((item) => item.titleId);
    // Titles 2 and 3 are co-watched with 1 and share its director (titles 0–5 do).
    expect(ids.slice(0, 2).sort()).toEqual([titleId(2), titleId(3)].sort());
  });

  it('answers nothing for a title the catalogue does not know', () => {
    expect(becauseYouWatched(models, titleId(999), 5, 'US')).toEqual([]);
  });
});
