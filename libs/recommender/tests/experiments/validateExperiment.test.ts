import { describe, expect, it } from 'vitest';
import type { Experiment } from '../../src/experiments/Experiment.js';
import { validateExperiment } from '../../src/experiments/validateExperiment.js';

const valid: Experiment = { name: 'mmr-lambda', status: 'RUNNING', allocation: 0.5, variants: [{ name: 'control', weight: 0.5 }, { name: 'lambda-0.5', weight: 0.5 }] };

describe('validateExperiment', () => {
  it('accepts a valid experiment, including weights that only sum to 1 within floating point', () => {
    expect(validateExperiment(valid)).toEqual([]);
    expect(validateExperiment({ ...valid, allocation: 0, variants: [{ name: 'a', weight: 0.1 }, { name: 'b', weight: 0.2 }, { name: 'c', weight: 0.7 }] })).toEqual([]);
    expect(validateExperiment({ ...valid, name: 'x'.repeat(100), allocation: 1 })).toEqual([]);
  });

  it('lists every problem at once', () => {
    const experiment = {
      name: ' ',
      status: 'STARTED',
      allocation: 1.5,
      variants: [{ name: 'a', weight: 0 }, { name: 'a', weight: 1 }, { name: '', weight: Number.NaN }],
    } as unknown as Experiment;
    expect(validateExperiment(experiment)).toEqual([
      'name must not be empty',
      'status must be one of DRAFT, RUNNING, PAUSED, COMPLETED; got "STARTED"',
      'allocation must be in [0, 1]; got 1.5',
      'variant "a" must have a weight > 0; got 0',
      'variant name "a" is used more than once',
      'variant 2 needs a name',
      'variant "" must have a weight > 0; got NaN',
    ]);
  });

  it('needs two variants whose weights sum to 1, and a name of at most 100 characters', () => {
    expect(validateExperiment({ ...valid, variants: [{ name: 'only', weight: 1 }] })).toEqual(['an experiment needs at least 2 variants; it has 1']);
    expect(validateExperiment({ ...valid, variants: [{ name: 'a', weight: 0.5 }, { name: 'b', weight: 0.4 }] })).toEqual(['variant weights must sum to 1; they sum to 0.9']);
    expect(validateExperiment({ ...valid, variants: [{ name: 'a', weight: 0.5 }, { name: 'b', weight: 0.5 + 1e-8 }] })).toHaveLength(1);
    expect(validateExperiment({ ...valid, name: 'x'.repeat(101) })).toEqual(['name must be at most 100 characters; it has 101']);
    expect(validateExperiment({ ...valid, allocation: -0.1 })).toEqual(['allocation must be in [0, 1]; got -0.1']);
  });
});
