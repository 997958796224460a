import { describe, expect, it } from 'vitest';
import { compareHlc, formatHlc, parseHlc } from '@media-gateway/crdt';
import { SessionClock } from '../../src/session/SessionClock.js';

const DEVICE = '00000000-0000-4000-8000-0000000000dd';
const OTHER = '00000000-0000-4000-8000-0000000000ee';

describe('SessionClock', () => {
  it('stamps server time with the writing device as node, each stamp after the last', () => {
    const clock = new SessionClock(() => 1_000);
    const first = parseHlc(clock.stamp(DEVICE));
    const second = parseHlc(clock.stamp(OTHER));
    expect(first).toEqual({ physical: 1_000, logical: 0, node: DEVICE });
    expect(second).toEqual({ physical: 1_000, logical: 1, node: OTHER });
  });

  it('stamps after every timestamp it observed, so a later position beats a device report from a clock slightly ahead', () => {
    const clock = new SessionClock(() => 1_000);
    const ahead = formatHlc({ physical: 31_000, logical: 4, node: OTHER });
    clock.observe(ahead);
    expect(compareHlc(parseHlc(clock.stamp(DEVICE)), parseHlc(ahead))).toBeGreaterThan(0);
  });

  it('ignores malformed timestamps and ones too far ahead instead of failing or jumping', () => {
    const clock = new SessionClock(() => 1_000);
    clock.observe('not-an-hlc');
    clock.observe(formatHlc({ physical: 1_000 + 3_600_000, logical: 0, node: OTHER }));
    clock.observe(null);
    expect(parseHlc(clock.stamp(DEVICE))).toEqual({ physical: 1_000, logical: 0, node: DEVICE });
  });
});
