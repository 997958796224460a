import { describe, expect, it } from 'vitest';
import { resumePosition } from '../../src/session/resumePosition.js';

describe('resumePosition (§10 resume rule)', () => {
  it('resumes at the last position between 30 s and 95% of the duration', () => {
    expect(resumePosition({ positionSeconds: 30, durationSeconds: 6000 })).toBe(30);
    expect(resumePosition({ positionSeconds: 1800.5, durationSeconds: 6000 })).toBe(1800.5);
    expect(resumePosition({ positionSeconds: 5700, durationSeconds: 6000 })).toBe(5700); // exactly 95%
  });

  it('starts from the beginning under 30 s', () => {
    expect(resumePosition({ positionSeconds: 29.9, durationSeconds: 6000 })).toBe(0);
    expect(resumePosition({ positionSeconds: 0, durationSeconds: 6000 })).toBe(0);
  });

  it('starts from the beginning past 95% of the duration', () => {
    expect(resumePosition({ positionSeconds: 5700.1, durationSeconds: 6000 })).toBe(0);
    expect(resumePosition({ positionSeconds: 6000, durationSeconds: 6000 })).toBe(0);
  });

  it('starts from the beginning without a last position or a usable duration', () => {
    expect(resumePosition(null)).toBe(0);
    expect(resumePosition({ positionSeconds: 100, durationSeconds: 0 })).toBe(0);
    expect(resumePosition({ positionSeconds: Number.NaN, durationSeconds: 6000 })).toBe(0);
  });
});
