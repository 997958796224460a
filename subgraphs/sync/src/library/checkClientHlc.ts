import { ClockDriftError, parseHlc, type Hlc, type HybridClock } from '@media-gateway/crdt';
import type { HlcProblemReason } from './SyncInputError.js';

export type ClientHlcCheck = { hlc: Hlc; problem?: undefined } | { hlc?: undefined; problem: string; reason: HlcProblemReason };

/**
 * A device's timestamp string, checked the §9 way: well-formed, issued by the device that sends it (its node is the
 * device id, so two devices never issue the same tag), and merged into the server's clock, which refuses one more
 * than the allowed drift (60 s) ahead of its wall time rather than let it drag every later timestamp along.
 */
export function checkClientHlc(text: string, deviceId: string, clock: HybridClock): ClientHlcCheck {
  let hlc: Hlc;
  try {
    hlc = parseHlc(text);
  } catch (error) {
    return { problem: error instanceof Error ? error.message : String(error), reason: 'HLC_MALFORMED' };
  }
  if (hlc.node !== deviceId) {
    return { problem: `the timestamp's node must be the sending device's id ${deviceId}, got ${JSON.stringify(hlc.node)}`, reason: 'HLC_NODE_MISMATCH' };
  }
  try {
    clock.receive(hlc);
  } catch (error) {
    if (error instanceof ClockDriftError) return { problem: error.message, reason: 'HLC_CLOCK_DRIFT' };
    throw error;
  }
  return { hlc };
}
