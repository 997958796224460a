import { parseHlc, type Hlc } from '@media-gateway/crdt';
import type { PlaybackPositionUpdatedPayload } from '@media-gateway/events';
import type { LibraryOperation } from '../library/LibraryOperation.js';
import { isUuid } from '../lib/isUuid.js';
import { progressProblems } from '../progress/applyProgressUpdate.js';

export type ConsumedProgress =
  | { userId: string; profileId: string; operation: LibraryOperation; problems?: undefined }
  | { problems: string[] };

/**
 * A playback position as a progress write on the profile's register. Playback stamps it with its server clock and
 * the device as node (the event contract), so it orders against the device's own reports; the drift check is the
 * producer's. An event that breaks the contract is refused with its problems rather than half applied.
 */
export function progressOperationOf(payload: PlaybackPositionUpdatedPayload): ConsumedProgress {
  const problems: string[] = [];
  for (const field of ['userId', 'profileId', 'titleId', 'deviceId'] as const) {
    if (!isUuid(payload?.[field])) problems.push(`${field} must be a UUID, got ${JSON.stringify(payload?.[field])}`);
  }
  let hlc: Hlc | undefined;
  try {
    hlc = parseHlc(payload?.hlc);
    if (hlc.node !== payload.deviceId) problems.push(`hlc's node must be deviceId ${payload.deviceId}, got ${JSON.stringify(hlc.node)}`);
  } catch (error) {
    problems.push(`hlc: ${error instanceof Error ? error.message : String(error)}`);
  }
  problems.push(...progressProblems({ positionSeconds: payload?.positionSeconds, durationSeconds: payload?.durationSeconds }));
  if (problems.length > 0 || !hlc) return { problems };
  return {
    userId: payload.userId,
    profileId: payload.profileId,
    operation: {
      kind: 'PROGRESS',
      hlc,
      deviceId: payload.deviceId,
      titleId: payload.titleId,
      positionSeconds: payload.positionSeconds,
      durationSeconds: payload.durationSeconds,
    },
  };
}
