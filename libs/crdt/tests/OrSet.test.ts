import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addOperation,
  applyOrSetOperation,
  emptyOrSet,
  HybridClock,
  mergeOrSets,
  orSetEntries,
  orSetHas,
  removeOperation,
  type OrSet,
  type OrSetOperation,
} from '@media-gateway/crdt';

type Item = { priority: number };
const ELEMENTS = ['alien', 'heat', 'akira', 'up'];

/** Replicas that each add and remove as they see fit, and exchange operations in an arbitrary order. */
const scripts = fc.array(
  fc.record({ replica: fc.integer({ min: 0, max: 2 }), kind: fc.constantFrom('add', 'remove'), element: fc.constantFrom(...ELEMENTS), priority: fc.integer({ min: 0, max: 9 }), deliver: fc.boolean() }),
  { maxLength: 60 },
);

function run(script: Array<{ replica: number; kind: string; element: string; priority: number; deliver: boolean }>) {
  const clocks = [0, 1, 2].map((i) => {
    let t = 1_000;
    return new HybridClock({ node: `device-${i}`, wallClock: () => t++ });
  });
  const replicas: OrSet<Item>[] = [emptyOrSet(), emptyOrSet(), emptyOrSet()];
  const log: OrSetOperation<Item>[] = [];
  for (const step of script) {
    const clock = clocks[step.replica]!;
    const op = step.kind === 'add'
      ? addOperation(step.element, { priority: step.priority }, clock.now())
      : removeOperation(replicas[step.replica]!, step.element, clock.now());
    replicas[step.replica] = applyOrSetOperation(replicas[step.replica]!, op);
    log.push(op);
    // Sometimes another replica hears of it at once, so removes observe tags from elsewhere.
    if (step.deliver) replicas[(step.replica + 1) % 3] = applyOrSetOperation(replicas[(step.replica + 1) % 3]!, op);
  }
  return { replicas, log };
}

const view = (set: OrSet<Item>) => Object.fromEntries([...orSetEntries(set)].map(([k, v]) => [k, v.value]));

describe('OR-Set', () => {
  it('lets a concurrent add win over a remove', () => {
    const phone = new HybridClock({ node: 'phone', wallClock: () => 1 });
    const tablet = new HybridClock({ node: 'tablet', wallClock: () => 1 });
    const shared = applyOrSetOperation(emptyOrSet<Item>(), addOperation('heat', { priority: 1 }, phone.now()));
    const remove = removeOperation(shared, 'heat', tablet.now()); // tablet saw the first add only
    const readd = addOperation('heat', { priority: 2 }, phone.now()); // concurrently, the phone adds again
    for (const order of [[remove, readd], [readd, remove]]) {
      const result = order.reduce(applyOrSetOperation, shared);
      expect(orSetHas(result, 'heat')).toBe(true);
      expect(view(result)).toEqual({ heat: { priority: 2 } });
    }
    expect(orSetHas(applyOrSetOperation(shared, remove), 'heat')).toBe(false);
  });

  it('converges: replicas applying the same operations in any order, any number of times, agree', () => {
    fc.assert(
      fc.property(scripts, fc.array(fc.nat(), { maxLength: 200 }), (script, shuffle) => {
        const { log } = run(script);
        const inOrder = log.reduce(applyOrSetOperation, emptyOrSet<Item>());
        const permuted = [...log];
        if (permuted.length > 0) {
          shuffle.forEach((n, i) => {
            const j = n % permuted.length;
            const k = i % permuted.length;
            [permuted[j], permuted[k]] = [permuted[k]!, permuted[j]!];
          });
        }
        const twice = [...permuted, ...permuted.slice(0, shuffle.length % (permuted.length + 1))];
        expect(view(twice.reduce(applyOrSetOperation, emptyOrSet<Item>()))).toEqual(view(inOrder));
      }),
    );
  });

  it('merge is commutative, associative and idempotent, and merged replicas agree with the full log', () => {
    fc.assert(
      fc.property(scripts, (script) => {
        const { replicas, log } = run(script);
        const [a, b, c] = replicas as [OrSet<Item>, OrSet<Item>, OrSet<Item>];
        expect(view(mergeOrSets(a, b))).toEqual(view(mergeOrSets(b, a)));
        expect(mergeOrSets(mergeOrSets(a, b), c)).toEqual(mergeOrSets(a, mergeOrSets(b, c)));
        expect(mergeOrSets(a, a)).toEqual(mergeOrSets(a, emptyOrSet()));
        expect(view(mergeOrSets(mergeOrSets(a, b), c))).toEqual(view(log.reduce(applyOrSetOperation, emptyOrSet<Item>())));
      }),
    );
  });
});
