import type { Identity } from '@media-gateway/auth';
import type { PubSub } from '@media-gateway/realtime';
import type { PlaybackHandoff } from './handoff/handoffPlayback.js';
import type { InitiatePlaybackInput, PlaybackLaunch } from './launch/initiatePlayback.js';
import type { PlaybackSessions } from './session/PlaybackSessions.js';
import type { ResumeStore } from './store/ResumeStore.js';
import type { WatchHistoryStore } from './store/WatchHistoryStore.js';

/** What playback's resolvers work with, for one request. */
export interface PlaybackContext {
  /** Who the router says is calling (verified when the context was made). */
  identity: Identity;
  sessions: PlaybackSessions;
  initiate(userId: string, input: InitiatePlaybackInput): Promise<PlaybackLaunch>;
  handoff(userId: string, sessionId: string, toDeviceId: string): Promise<PlaybackHandoff>;
  resume: ResumeStore;
  history: WatchHistoryStore;
  /** For the `playbackSessionChanged` subscription. */
  pubsub: PubSub;
  now(): number;
}
