import type { PlaybackSessionRecord } from './PlaybackSessionRecord.js';

export type PlaybackSessionChangeKind = 'STARTED' | 'POSITION' | 'PAUSED' | 'RESUMED' | 'ENDED' | 'HANDOFF';

/**
 * Published on `channels.playback(userId)` after every change of one of the user's sessions has been stored (the
 * `playbackSessionChanged` subscription). `session` is the session after the change; for HANDOFF it is the new
 * session on the target device. `at` is epoch ms.
 */
export interface PlaybackSessionChange {
  userId: string;
  kind: PlaybackSessionChangeKind;
  session: PlaybackSessionRecord;
  at: number;
}

const KINDS: readonly string[] = ['STARTED', 'POSITION', 'PAUSED', 'RESUMED', 'ENDED', 'HANDOFF'] satisfies PlaybackSessionChangeKind[];

/** Messages cross processes as JSON: check the shape before trusting one. */
export function isPlaybackSessionChange(message: unknown): message is PlaybackSessionChange {
  const m = message as Partial<PlaybackSessionChange> | null;
  return (
    typeof m === 'object' && m !== null && typeof m.userId === 'string' && typeof m.kind === 'string' && KINDS.includes(m.kind) &&
    typeof m.session === 'object' && m.session !== null && typeof m.at === 'number'
  );
}
