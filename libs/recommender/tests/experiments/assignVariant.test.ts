import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { RecommenderError } from '../../src/errors.js';
import { assignVariant } from '../../src/experiments/assignVariant.js';
import type { Experiment } from '../../src/experiments/Experiment.js';

const fiftyFifty: Experiment = { name: 'mmr-lambda', status: 'RUNNING', allocation: 1, variants: [{ name: 'control', weight: 0.5 }, { name: 'treatment', weight: 0.5 }] };
const profiles = Array.from({ length: 20_000 }, (_, n) => `profile-${n}`);

function shares(experiment: Experiment): Map<string | null, number> {
  const counts = new Map<string | null, number>();
  for (const profileId of profiles) {
    const variant = assignVariant(experiment, profileId);
    counts.set(variant, (counts.get(variant) ?? 0) + 1);
  }
  return new Map([...counts].map(([variant, count]) => [variant, count / profiles.length]));
}

describe('assignVariant', () => {
  it('is stable: the same profile gets the same variant on every call and from a copy of the experiment', () => {
    const first = profiles.slice(0, 200).map((id) => assignVariant(fiftyFifty, id));
    expect(profiles.slice(0, 200).map((id) => assignVariant(structuredClone(fiftyFifty), id))).toEqual(first);
    expect(new Set(first)).toEqual(new Set(['control', 'treatment']));
  });

  it('follows sha256("<name>:<profileId>"): first 48 bits decide allocation, the next 48 the variant', () => {
    const digest = createHash('sha256').update('mmr-lambda:profile-0').digest();
    const pick = digest.readUIntBE(6, 6) / 2 ** 48;
    expect(assignVariant(fiftyFifty, 'profile-0')).toBe(pick < 0.5 ? 'control' : 'treatment');
    const participation = digest.readUIntBE(0, 6) / 2 ** 48;
    expect(assignVariant({ ...fiftyFifty, allocation: participation }, 'profile-0')).toBeNull();
    expect(assignVariant({ ...fiftyFifty, allocation: Math.min(1, participation + 1e-9) }, 'profile-0')).not.toBeNull();
  });

  it('splits 20k profiles 50/50 within ±2%', () => {
    const result = shares(fiftyFifty);
    expect(result.get('control')).toBeGreaterThan(0.48);
    expect(result.get('control')).toBeLessThan(0.52);
    expect(result.get('treatment')).toBeGreaterThan(0.48);
    expect(result.get('treatment')).toBeLessThan(0.52);
    expect(result.has(null)).toBe(false);
  });

  it('splits in proportion to the weights for 70/30', () => {
    const result = shares({ ...fiftyFifty, variants: [{ name: 'control', weight: 0.7 }, { name: 'treatment', weight: 0.3 }] });
    expect(Math.abs(result.get('control')! - 0.7)).toBeLessThan(0.02);
    expect(Math.abs(result.get('treatment')! - 0.3)).toBeLessThan(0.02);
  });

  it('assigns about 30% at allocation 0.3, split evenly, and ramping up keeps everyone already in', () => {
    const partial = { ...fiftyFifty, allocation: 0.3 };
    const result = shares(partial);
    expect(Math.abs(result.get(null)! - 0.7)).toBeLessThan(0.02);
    expect(Math.abs(result.get('control')! - 0.15)).toBeLessThan(0.02);
    expect(Math.abs(result.get('treatment')! - 0.15)).toBeLessThan(0.02);

    const rampedUp = { ...fiftyFifty, allocation: 0.6 };
    for (const profileId of profiles.slice(0, 2000)) {
      const before = assignVariant(partial, profileId);
      if (before !== null) expect(assignVariant(rampedUp, profileId)).toBe(before);
    }
  });

  it('assigns independently in different experiments (correlation ≈ 0)', () => {
    const other: Experiment = { ...fiftyFifty, name: 'cold-start-order' };
    const x = profiles.map((id) => (assignVariant(fiftyFifty, id) === 'treatment' ? 1 : 0));
    const y = profiles.map((id) => (assignVariant(other, id) === 'treatment' ? 1 : 0));
    const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
    const mx = mean(x);
    const my = mean(y);
    let covariance = 0;
    let varianceX = 0;
    let varianceY = 0;
    for (let n = 0; n < profiles.length; n++) {
      covariance += (x[n]! - mx) * (y[n]! - my);
      varianceX += (x[n]! - mx) ** 2;
      varianceY += (y[n]! - my) ** 2;
    }
    // One standard error of r is 1/√20000 ≈ 0.007; 0.03 is more than four.
    expect(Math.abs(covariance / Math.sqrt(varianceX * varianceY))).toBeLessThan(0.03);
    // And the assignments do differ: ~half the profiles land in different arms.
    expect(x.filter((value, n) => value !== y[n]).length / profiles.length).toBeGreaterThan(0.45);
  });

  it('assigns nobody unless RUNNING; a running invalid experiment is a typed error', () => {
    for (const status of ['DRAFT', 'PAUSED', 'COMPLETED'] as const) expect(assignVariant({ ...fiftyFifty, status }, 'profile-1')).toBeNull();
    expect(assignVariant({ ...fiftyFifty, status: 'DRAFT', variants: [] }, 'profile-1')).toBeNull();
    const invalid = () => assignVariant({ ...fiftyFifty, variants: [{ name: 'only', weight: 1 }] }, 'profile-1');
    expect(invalid).toThrow(RecommenderError);
    expect(invalid).toThrow('experiment "mmr-lambda" is invalid: an experiment needs at least 2 variants; it has 1');
    expect(() => assignVariant(fiftyFifty, '')).toThrow(new TypeError('profileId must be a non-empty string'));
  });
});
