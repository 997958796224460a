import { randomUUID } from 'node:crypto';
import { CommandError, type PresenceStore, type RemoteCommands } from '@media-gateway/realtime';
import type { Logger } from '@media-gateway/runtime';
import { badUserInput, playbackError } from '../errors.js';
import type { PlaybackSessions } from '../session/PlaybackSessions.js';
import type { PlaybackSessionRecord } from '../session/PlaybackSessionRecord.js';

export interface PlaybackHandoff {
  session: PlaybackSessionRecord;
  previousSession: PlaybackSessionRecord;
  loadCommandId: string;
  stopCommandId: string | null;
}

export interface HandoffDeps {
  sessions: PlaybackSessions;
  presence: PresenceStore;
  commands: RemoteCommands;
  logger: Logger;
}

/**
 * `handoffPlayback`: moves a live session to another online device of the same user (§8 "handoff is shared progress
 * plus a load command", made one call). In order:
 *
 * 1. checks — the caller's session (NOT_FOUND), live (CONFLICT), a different device (BAD_USER_INPUT) that is online
 *    (DEVICE_OFFLINE);
 * 2. LOAD {titleId, positionSeconds, sessionId} to the target, naming the new session before it exists, so a
 *    refused LOAD (not controllable, offline meanwhile) leaves everything as it was;
 * 3. the old session ends (HANDOFF) and the new one starts at the old position, in one Postgres transaction;
 * 4. STOP to the old device, best effort: when it is offline or refuses, there is nothing to stop and
 *    `stopCommandId` is null.
 */
export async function handoffPlayback(deps: HandoffDeps, userId: string, sessionId: string, toDeviceId: string): Promise<PlaybackHandoff> {
  const from = await deps.sessions.owned(userId, sessionId);
  if (from.state === 'STOPPED') throw playbackError('CONFLICT', `The playback session already ended (${from.endReason ?? 'ENDED'}).`, { reason: 'SESSION_ENDED' });
  if (toDeviceId === from.deviceId) throw badUserInput(['toDeviceId is the device the session already plays on']);
  const target = await deps.presence.get(userId, toDeviceId);
  if (!target || target.userId !== userId) throw playbackError('DEVICE_OFFLINE', 'The target device is not online.');

  const newSessionId = randomUUID();
  const position = from.positionSeconds;
  const load = await deps.commands
    .send(userId, {
      sourceDeviceId: from.deviceId,
      targetDeviceId: toDeviceId,
      type: 'LOAD',
      params: { titleId: from.titleId, positionSeconds: position, sessionId: newSessionId },
    })
    .catch((error: unknown) => {
      throw commandRefused(error);
    });

  const { previous, next } = await deps.sessions.transfer(from, {
    id: newSessionId,
    titleId: from.titleId,
    deviceId: toDeviceId,
    profileId: from.profileId,
    platform: from.platform,
    durationSeconds: from.durationSeconds,
    resumePositionSeconds: position,
    positionSeconds: position,
  });

  return { session: next, previousSession: previous, loadCommandId: load.commandId, stopCommandId: await stopSource(deps, userId, from, toDeviceId) };
}

// The handoff already happened when this runs, so no failure here may fail the request: a refused STOP (nothing
// playing there any more, not controllable) or a broken connection both leave `stopCommandId` null.
async function stopSource(deps: HandoffDeps, userId: string, from: PlaybackSessionRecord, toDeviceId: string): Promise<string | null> {
  try {
    const source = await deps.presence.get(userId, from.deviceId);
    if (!source) return null;
    const stop = await deps.commands.send(userId, { sourceDeviceId: toDeviceId, targetDeviceId: from.deviceId, type: 'STOP' });
    return stop.commandId;
  } catch (error) {
    const code = error instanceof CommandError ? error.code : undefined;
    deps.logger.info({ err: code ? undefined : error, code, sessionId: from.id }, 'playback: the old device did not take the STOP of a handoff');
    return null;
  }
}

/** A refused LOAD in the playback API's terms. */
function commandRefused(error: unknown): unknown {
  if (!(error instanceof CommandError)) return error;
  switch (error.code) {
    case 'BAD_USER_INPUT':
      return badUserInput(error.problems);
    case 'DEVICE_OFFLINE':
      return playbackError('DEVICE_OFFLINE', 'The target device is not online.');
    case 'DEVICE_NOT_CONTROLLABLE':
      return playbackError('DEVICE_NOT_CONTROLLABLE', error.message);
    case 'NOT_FOUND':
      return playbackError('NOT_FOUND', error.message);
    default:
      return playbackError('CONFLICT', error.message);
  }
}
