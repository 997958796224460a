import { compareHlc, type Hlc, type LwwRegister } from '@media-gateway/crdt';

export type PreferenceOutcome =
  | { kind: 'applied'; register: LwwRegister<string> }
  /** Older than the stored write: another device changed it since. */
  | { kind: 'stale'; register: LwwRegister<string> }
  /** The very write already stored (same timestamp). */
  | { kind: 'duplicate'; register: LwwRegister<string> };

/** A preference write on its LWW register (§9): the greater timestamp wins, ties going to the greater device id. */
export function applyPreferenceWrite(current: LwwRegister<string> | undefined, value: string, hlc: Hlc): PreferenceOutcome {
  const next = { value, hlc };
  if (!current) return { kind: 'applied', register: next };
  const order = compareHlc(hlc, current.hlc);
  if (order === 0) return { kind: 'duplicate', register: current };
  return order > 0 ? { kind: 'applied', register: next } : { kind: 'stale', register: current };
}
