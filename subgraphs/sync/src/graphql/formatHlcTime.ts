import { parseHlc } from '@media-gateway/crdt';

/** The ISO instant of a (checked) HLC string's physical time. */
export function formatHlcTime(hlc: string): string {
  return new Date(parseHlc(hlc).physical).toISOString();
}
