import { compareHlc, type Hlc } from './Hlc.js';

/**
 * A last-writer-wins register (PRODUCT_SPEC §9: watch progress, each preference key): the value written at the
 * greatest timestamp. An exact tie of physical time and counter goes to the greater node (device) id, which
 * `compareHlc` already orders by.
 */
export interface LwwRegister<T> {
  value: T;
  hlc: Hlc;
}

/** The winner of two writes. Commutative, associative and idempotent; returns one of its arguments unchanged. */
export function mergeLww<T>(a: LwwRegister<T>, b: LwwRegister<T>): LwwRegister<T> {
  return compareHlc(a.hlc, b.hlc) >= 0 ? a : b;
}

/** The register after a write: the write when it is newer, else the register as it was (a stale write is ignored). */
export function writeLww<T>(register: LwwRegister<T> | undefined, write: LwwRegister<T>): LwwRegister<T> {
  return register === undefined ? write : mergeLww(register, write);
}
