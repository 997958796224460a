import { describe, expect, it } from 'vitest';
import { applyProgressUpdate, ProgressInputError } from '@media-gateway/sync';

const at = (physical: number, node = 'tv', logical = 0) => ({ physical, logical, node });

describe('applyProgressUpdate (§9 progress rules)', () => {
  it('clamps to the duration and marks more than 95% completed', () => {
    const over = applyProgressUpdate(undefined, { positionSeconds: 7_300, durationSeconds: 7_200 }, at(1_000));
    expect(over).toMatchObject({ kind: 'applied', register: { value: { positionSeconds: 7_200, completed: true } } });
    const at95 = applyProgressUpdate(undefined, { positionSeconds: 95, durationSeconds: 100 }, at(1_000));
    expect(at95.register.value.completed).toBe(false);
    const past95 = applyProgressUpdate(undefined, { positionSeconds: 95.5, durationSeconds: 100 }, at(1_000));
    expect(past95.register.value.completed).toBe(true);
  });

  it('ignores a stale report and a repeated one, and accepts a newer rewind', () => {
    const first = applyProgressUpdate(undefined, { positionSeconds: 600, durationSeconds: 3_600 }, at(10_000)).register;
    expect(applyProgressUpdate(first, { positionSeconds: 300, durationSeconds: 3_600 }, at(9_000, 'phone')).kind).toBe('stale');
    expect(applyProgressUpdate(first, { positionSeconds: 600, durationSeconds: 3_600 }, at(10_000)).kind).toBe('duplicate');
    const rewind = applyProgressUpdate(first, { positionSeconds: 120, durationSeconds: 3_600 }, at(20_000, 'phone'));
    expect(rewind).toMatchObject({ kind: 'applied', register: { value: { positionSeconds: 120 } } });
  });

  it('accepts one report a second from a device, except one that completes the title', () => {
    const first = applyProgressUpdate(undefined, { positionSeconds: 600, durationSeconds: 3_600 }, at(10_000)).register;
    expect(applyProgressUpdate(first, { positionSeconds: 601, durationSeconds: 3_600 }, at(10_400)).kind).toBe('throttled');
    expect(applyProgressUpdate(first, { positionSeconds: 601, durationSeconds: 3_600 }, at(10_400, 'phone')).kind).toBe('applied');
    expect(applyProgressUpdate(first, { positionSeconds: 3_500, durationSeconds: 3_600 }, at(10_400)).kind).toBe('applied');
    expect(applyProgressUpdate(first, { positionSeconds: 602, durationSeconds: 3_600 }, at(11_000)).kind).toBe('applied');
  });

  it('refuses bad input, listing every problem', () => {
    const bad = () => applyProgressUpdate(undefined, { positionSeconds: -1, durationSeconds: 0 }, { physical: -5, logical: 0, node: 'tv' });
    expect(bad).toThrow(ProgressInputError);
    try {
      bad();
    } catch (error) {
      expect((error as ProgressInputError).problems).toHaveLength(3);
    }
    expect(() => applyProgressUpdate(undefined, { positionSeconds: Number.NaN, durationSeconds: 90_000 }, at(1))).toThrow(/durationSeconds.*positionSeconds/s);
  });
});
