import { parseHlc } from '@media-gateway/crdt';
import { describe, expect, it } from 'vitest';
import { applyPreferenceWrite, isPreferenceKey, PREFERENCE_KEYS, preferenceProblems } from '@media-gateway/sync';
import { deviceA, deviceB, hlcOf } from '../support/ids.js';

describe('preference keys', () => {
  it('accepts the listed keys and values up to 200 characters', () => {
    for (const key of PREFERENCE_KEYS) expect(preferenceProblems(key, 'x'.repeat(200))).toEqual([]);
    expect(isPreferenceKey('theme')).toBe(true);
    expect(isPreferenceKey('toString')).toBe(false);
  });

  it('reports an unknown key and a long value together', () => {
    expect(preferenceProblems('volume', 'x'.repeat(201))).toHaveLength(2);
  });
});

describe('applyPreferenceWrite', () => {
  it('keeps the later write; an exact tie of time and counter goes to the greater device id', () => {
    const first = applyPreferenceWrite(undefined, 'dark', parseHlc(hlcOf(10, deviceA)));
    expect(first.kind).toBe('applied');
    expect(applyPreferenceWrite(first.register, 'light', parseHlc(hlcOf(10, deviceB))).kind).toBe('applied');
    expect(applyPreferenceWrite(first.register, 'light', parseHlc(hlcOf(9, deviceB))).kind).toBe('stale');
    expect(applyPreferenceWrite(first.register, 'dark', parseHlc(hlcOf(10, deviceA))).kind).toBe('duplicate');
  });
});
