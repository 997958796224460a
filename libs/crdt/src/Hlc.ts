/**
 * A hybrid logical clock timestamp (PRODUCT_SPEC §9): 48-bit wall-clock milliseconds, a 16-bit logical counter for
 * events within the same millisecond, and the node (device) that issued it, which breaks exact ties. Totally ordered
 * by `compareHlc`; plain data, so it travels as JSON or as its string form.
 */
export interface Hlc {
  /** Milliseconds since the Unix epoch, 0 … 2^48 − 1. */
  physical: number;
  /** 0 … 65535 */
  logical: number;
  /** The issuing node's id: a device id, or the server's. Non-empty, no `-` at the start. */
  node: string;
}

export const MAX_PHYSICAL = 2 ** 48 - 1;
export const MAX_LOGICAL = 0xffff;
const MAX_NODE_LENGTH = 128;

/** Physical time, then counter, then node id (code-unit order, so every replica agrees). */
export function compareHlc(a: Hlc, b: Hlc): number {
  if (a.physical !== b.physical) return a.physical < b.physical ? -1 : 1;
  if (a.logical !== b.logical) return a.logical < b.logical ? -1 : 1;
  return a.node < b.node ? -1 : a.node > b.node ? 1 : 0;
}

/**
 * `"<physical>-<logical>-<node>"` with physical and logical zero-padded (15 and 5 digits), so the strings of two
 * timestamps sort the same way `compareHlc` does. §9's `"<phys>-<logical>"` form, extended with the node for a total
 * order.
 */
export function formatHlc(hlc: Hlc): string {
  return `${String(hlc.physical).padStart(15, '0')}-${String(hlc.logical).padStart(5, '0')}-${hlc.node}`;
}

/** The timestamp a string of `formatHlc` denotes; throws `HlcFormatError` for anything else. */
export function parseHlc(text: string): Hlc {
  const match = /^(\d{1,15})-(\d{1,5})-(.+)$/s.exec(typeof text === 'string' ? text : '');
  if (!match) throw new HlcFormatError(`not a hybrid logical clock timestamp: ${JSON.stringify(text)}`);
  return checkHlc({ physical: Number(match[1]), logical: Number(match[2]), node: match[3]! });
}

/** The timestamp itself when it is well-formed; throws `HlcFormatError` naming the bad part otherwise. */
export function checkHlc(value: unknown): Hlc {
  const hlc = value as Partial<Hlc> | null;
  if (typeof hlc !== 'object' || hlc === null) throw new HlcFormatError('a timestamp must be an object { physical, logical, node }');
  if (!Number.isSafeInteger(hlc.physical) || hlc.physical! < 0 || hlc.physical! > MAX_PHYSICAL) {
    throw new HlcFormatError(`physical must be an integer in [0, 2^48), got ${String(hlc.physical)}`);
  }
  if (!Number.isInteger(hlc.logical) || hlc.logical! < 0 || hlc.logical! > MAX_LOGICAL) {
    throw new HlcFormatError(`logical must be an integer in [0, 65535], got ${String(hlc.logical)}`);
  }
  if (typeof hlc.node !== 'string' || hlc.node.length === 0 || hlc.node.length > MAX_NODE_LENGTH || /\p{Cc}/u.test(hlc.node)) {
    throw new HlcFormatError(`node must be 1–${MAX_NODE_LENGTH} printable characters, got ${JSON.stringify(hlc.node)}`);
  }
  return { physical: hlc.physical!, logical: hlc.logical!, node: hlc.node };
}

export class HlcFormatError extends Error {
  readonly code = 'HLC_MALFORMED';
  constructor(message: string) {
    super(message);
    this.name = 'HlcFormatError';
  }
}
