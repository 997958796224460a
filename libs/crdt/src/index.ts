// Conflict-free replicated data types shared by the sync subgraph and the client SDK (PRODUCT_SPEC §9): a hybrid
// logical clock, a last-writer-wins register and an add-wins observed-remove set. Pure and JSON-ready.
export { checkHlc, compareHlc, formatHlc, parseHlc, HlcFormatError, MAX_LOGICAL, MAX_PHYSICAL } from './Hlc.js';
export { HybridClock, ClockDriftError } from './HybridClock.js';
export { mergeLww, writeLww } from './LwwRegister.js';
export {
  addOperation,
  applyOrSetOperation,
  emptyOrSet,
  mergeOrSets,
  orSetEntries,
  orSetHas,
  removeOperation,
} from './OrSet.js';

export type { Hlc } from './Hlc.js';
export type { HybridClockOptions } from './HybridClock.js';
export type { LwwRegister } from './LwwRegister.js';
export type { OrSet, OrSetEntry, OrSetOperation } from './OrSet.js';
