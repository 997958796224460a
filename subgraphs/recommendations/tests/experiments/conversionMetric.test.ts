import { describe, expect, it } from 'vitest';
import { conversionMetric, matchConversions } from '../../src/experiments/conversionMetric.js';
import { canMoveExperiment } from '../../src/experiments/ExperimentDefinition.js';
import { experimentProblems } from '../../src/experiments/experimentProblems.js';

describe('conversionMetric', () => {
  it('converts completions (> 90%) and watchlist adds only', () => {
    expect(conversionMetric({ kind: 'COMPLETION', completion: 1 })).toBe('watch_completion');
    expect(conversionMetric({ kind: 'PROGRESS', completion: 0.91 })).toBe('watch_completion');
    expect(conversionMetric({ kind: 'PROGRESS', completion: 0.9 })).toBeNull();
    expect(conversionMetric({ kind: 'WATCHLIST_ADD' })).toBe('watchlist_add');
    expect(conversionMetric({ kind: 'WATCHLIST_REMOVE' })).toBeNull();
    expect(conversionMetric({ kind: 'RATING' })).toBeNull();
  });
});

describe('matchConversions', () => {
  const exposures = [
    { experimentName: 'a', variant: 'x', exposedAt: 100, recommended: ['t1', 't2'] },
    { experimentName: 'b', variant: 'y', exposedAt: 300, recommended: ['t1'] },
  ];
  it('matches exposures that came first and recommended the title', () => {
    expect(matchConversions(exposures, 't1', 200).map((e) => e.experimentName)).toEqual(['a']);
    expect(matchConversions(exposures, 't1', 300).map((e) => e.experimentName)).toEqual(['a', 'b']);
    expect(matchConversions(exposures, 't3', 400)).toEqual([]);
    expect(matchConversions(exposures, 't2', 50)).toEqual([]);
  });
});

describe('experiments', () => {
  it('allows only draft → running → paused ⇄ running → completed', () => {
    expect(canMoveExperiment('DRAFT', 'RUNNING')).toBe(true);
    expect(canMoveExperiment('DRAFT', 'PAUSED')).toBe(false);
    expect(canMoveExperiment('RUNNING', 'PAUSED')).toBe(true);
    expect(canMoveExperiment('PAUSED', 'RUNNING')).toBe(true);
    expect(canMoveExperiment('RUNNING', 'COMPLETED')).toBe(true);
    expect(canMoveExperiment('COMPLETED', 'RUNNING')).toBe(false);
  });

  it('lists every problem of a new experiment, hybrid weights included', () => {
    const ok = { name: 'w1', weight: 0.5, collaborative: 0.35, content: 0.25, graph: 0.3, context: 0.1 };
    expect(experimentProblems({ name: 'hybrid-v2', allocation: 0.5, variants: [ok, { ...ok, name: 'w2' }] })).toEqual([]);
    const problems = experimentProblems({ name: 'bad name!', allocation: 2, variants: [{ ...ok, weight: 1, graph: 0.9 }] });
    expect(problems.join('\n')).toMatch(/name must be/);
    expect(problems.join('\n')).toMatch(/hybrid weights must sum to 1/);
    expect(problems.length).toBeGreaterThanOrEqual(3);
  });
});
