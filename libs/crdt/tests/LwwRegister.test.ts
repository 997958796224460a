import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mergeLww, writeLww, type LwwRegister } from '@media-gateway/crdt';

const NODES = ['phone', 'tablet', 'tv'] as const;
// A timestamp names exactly one write (a clock never issues it twice), so the value is a function of it: two
// registers with the same timestamp and different values cannot exist.
const register = fc
  .record({ physical: fc.integer({ min: 0, max: 50 }), logical: fc.integer({ min: 0, max: 3 }), node: fc.constantFrom(...NODES) })
  .map((hlc) => ({ value: hlc.physical * 100 + hlc.logical * 10 + NODES.indexOf(hlc.node), hlc }));

describe('LWW register', () => {
  it('keeps the later write, and on an exact tie the greater device id', () => {
    const early = { value: 10, hlc: { physical: 5, logical: 0, node: 'tv' } };
    const late = { value: 20, hlc: { physical: 6, logical: 0, node: 'phone' } };
    expect(mergeLww(early, late)).toBe(late);
    expect(writeLww(late, early)).toBe(late); // a stale write is ignored
    const phone = { value: 1, hlc: { physical: 7, logical: 2, node: 'phone' } };
    const tv = { value: 2, hlc: { physical: 7, logical: 2, node: 'tv' } };
    expect(mergeLww(phone, tv)).toBe(tv);
    expect(mergeLww(tv, phone)).toBe(tv);
  });

  it('merge is commutative, associative and idempotent', () => {
    fc.assert(
      fc.property(register, register, register, (a: LwwRegister<number>, b: LwwRegister<number>, c: LwwRegister<number>) => {
        expect(mergeLww(a, b)).toEqual(mergeLww(b, a));
        expect(mergeLww(mergeLww(a, b), c)).toEqual(mergeLww(a, mergeLww(b, c)));
        expect(mergeLww(a, a)).toEqual(a);
      }),
    );
  });

  it('replicas receiving the same writes in any order converge', () => {
    fc.assert(
      fc.property(fc.array(register, { minLength: 1, maxLength: 30 }), fc.func(fc.integer()), (writes, key) => {
        const shuffled = [...writes].sort((x, y) => key(x) - key(y));
        const a = writes.reduce<LwwRegister<number> | undefined>(writeLww, undefined);
        const b = shuffled.reduce<LwwRegister<number> | undefined>(writeLww, undefined);
        expect(a).toEqual(b);
      }),
    );
  });
});
