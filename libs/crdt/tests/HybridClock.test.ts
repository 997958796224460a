import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ClockDriftError, compareHlc, formatHlc, HlcFormatError, HybridClock, parseHlc, type Hlc } from '@media-gateway/crdt';

function fixedClock(start: number) {
  let now = start;
  return { read: () => now, set: (t: number) => (now = t) };
}

describe('HybridClock', () => {
  it('ticks with wall time, and counts within one millisecond', () => {
    const wall = fixedClock(1_000);
    const clock = new HybridClock({ node: 'phone', wallClock: wall.read });
    expect(clock.now()).toEqual({ physical: 1_000, logical: 0, node: 'phone' });
    expect(clock.now()).toEqual({ physical: 1_000, logical: 1, node: 'phone' });
    wall.set(1_005);
    expect(clock.now()).toEqual({ physical: 1_005, logical: 0, node: 'phone' });
    wall.set(900); // the wall clock stepped back: stay on the last physical time
    expect(clock.now()).toEqual({ physical: 1_005, logical: 1, node: 'phone' });
  });

  it('applies the §9 receive rule for each clock holding the maximum', () => {
    const wall = fixedClock(1_000);
    const clock = new HybridClock({ node: 'tv', wallClock: wall.read });
    clock.now(); // 1000/0
    expect(clock.receive({ physical: 1_000, logical: 7, node: 'phone' })).toEqual({ physical: 1_000, logical: 8, node: 'tv' });
    expect(clock.receive({ physical: 1_020, logical: 3, node: 'phone' })).toEqual({ physical: 1_020, logical: 4, node: 'tv' });
    expect(clock.receive({ physical: 1_010, logical: 9, node: 'phone' })).toEqual({ physical: 1_020, logical: 5, node: 'tv' });
    wall.set(1_050);
    expect(clock.receive({ physical: 1_030, logical: 9, node: 'phone' })).toEqual({ physical: 1_050, logical: 0, node: 'tv' });
  });

  it('waits for the wall clock when the counter is exhausted', () => {
    let reads = 0;
    const clock = new HybridClock({ node: 'n', wallClock: () => (reads++ < 70_000 ? 5 : 6) });
    let last = clock.now();
    for (let i = 0; i < 65_536; i++) last = clock.now();
    expect(last).toEqual({ physical: 6, logical: 0, node: 'n' });
  });

  it('refuses a timestamp too far ahead, and a malformed one, without moving', () => {
    const clock = new HybridClock({ node: 'tv', wallClock: () => 1_000, maxDriftMs: 5_000 });
    const before = clock.now();
    expect(() => clock.receive({ physical: 7_000, logical: 0, node: 'phone' })).toThrow(ClockDriftError);
    expect(() => clock.receive({ physical: -1, logical: 0, node: 'phone' } as Hlc)).toThrow(HlcFormatError);
    expect(() => clock.receive({ physical: 1, logical: 70_000, node: 'phone' })).toThrow(HlcFormatError);
    expect(() => clock.receive({ physical: 1, logical: 0, node: '' })).toThrow(HlcFormatError);
    expect(compareHlc(clock.now(), before)).toBeGreaterThan(0);
    expect(clock.current.physical).toBe(1_000);
  });

  it('issues strictly increasing timestamps whatever it receives and however the wall clock moves', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.record({ kind: fc.constant('tick' as const), wall: fc.integer({ min: 0, max: 10_000 }) }),
            fc.record({
              kind: fc.constant('receive' as const),
              wall: fc.integer({ min: 0, max: 10_000 }),
              remote: fc.record({ physical: fc.integer({ min: 0, max: 10_000 }), logical: fc.integer({ min: 0, max: 65_000 }), node: fc.constantFrom('a', 'b', 'c') }),
            }),
          ),
          { maxLength: 200 },
        ),
        (steps) => {
          const wall = fixedClock(0);
          const clock = new HybridClock({ node: 'me', wallClock: wall.read, maxDriftMs: 20_000 });
          let previous: Hlc | null = null;
          for (const step of steps) {
            wall.set(step.wall);
            const next = step.kind === 'tick' ? clock.now() : clock.receive(step.remote);
            if (step.kind === 'receive') expect(compareHlc(next, step.remote)).toBeGreaterThan(0);
            if (previous) expect(compareHlc(next, previous)).toBeGreaterThan(0);
            previous = next;
          }
        },
      ),
    );
  });
});

describe('HLC strings', () => {
  it('round-trip and sort as the timestamps do', () => {
    fc.assert(
      fc.property(
        fc.record({ physical: fc.integer({ min: 0, max: 2 ** 48 - 1 }), logical: fc.integer({ min: 0, max: 65_535 }), node: fc.stringMatching(/^[a-z0-9-]{1,12}$/) }),
        fc.record({ physical: fc.integer({ min: 0, max: 2 ** 48 - 1 }), logical: fc.integer({ min: 0, max: 65_535 }), node: fc.stringMatching(/^[a-z0-9-]{1,12}$/) }),
        (a, b) => {
          expect(parseHlc(formatHlc(a))).toEqual(a);
          const byString = formatHlc(a) < formatHlc(b) ? -1 : formatHlc(a) > formatHlc(b) ? 1 : 0;
          if (a.node === b.node || a.physical !== b.physical || a.logical !== b.logical) expect(byString).toBe(Math.sign(compareHlc(a, b)));
        },
      ),
    );
    expect(() => parseHlc('12-3')).toThrow(HlcFormatError);
    expect(() => parseHlc('x-1-node')).toThrow(HlcFormatError);
  });
});
