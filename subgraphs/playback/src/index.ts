// The playback subgraph (PRODUCT_SPEC §10): sessions, resume and continue watching, the opt-in watch history
// (VPPA), launch links and handoff — the service a router hosts or `main.ts` serves, and its pure rules.
export { createPlaybackService, DEFAULT_PURGE_INTERVAL_MS } from './PlaybackService.js';
export { playbackTypeDefs, buildPlaybackSchema, PLAYBACK_SUBGRAPH_NAME } from './playbackSubgraph.js';
export { PLAYBACK_OUTBOX_SCHEMA } from './store/playbackOutbox.js';
export { PLAYBACK_ERRORS } from './errors.js';
export { RESUME_GROUP, SYNC_SOURCE } from './projection/resumeProjection.js';
export { OFFERS_GROUP, CATALOG_SOURCE } from './projection/offerProjection.js';
export { VIEWER_GROUP, IDENTITY_SOURCE } from './projection/viewerProjection.js';
export { createSessionStore } from './session/createSessionStore.js';
export { MemorySessionStore } from './session/MemorySessionStore.js';
export { RedisSessionStore } from './session/RedisSessionStore.js';
export { SESSION_TTL_MS } from './session/SessionStore.js';
export { resumePosition, RESUME_MIN_SECONDS, RESUME_MAX_SHARE } from './session/resumePosition.js';
export { MIN_REPORT_INTERVAL_MS } from './session/applyPositionReport.js';
export { chooseOffer } from './launch/chooseOffer.js';
export { continueWatching, CONTINUE_WATCHING_MAX_AGE_MS } from './resume/continueWatching.js';
export { HISTORY_RETENTION_MS, historyRetentionCutoff } from './history/historyRetention.js';
export { isPlaybackSessionChange } from './session/PlaybackSessionChange.js';

export type { PlaybackService, PlaybackServiceOptions } from './PlaybackService.js';
export type { PlaybackContext } from './PlaybackContext.js';
export type { PlaybackErrorCode } from './errors.js';
export type { SessionStore } from './session/SessionStore.js';
export type { PlaybackSessionRecord, PlaybackState, PlaybackEndReason } from './session/PlaybackSessionRecord.js';
export type { PlaybackSessionChange, PlaybackSessionChangeKind } from './session/PlaybackSessionChange.js';
export type { TitleOffer } from './launch/TitleOffer.js';
export type { OfferChoiceInput } from './launch/chooseOffer.js';
export type { ContinueWatchingItem } from './resume/continueWatching.js';
export type { ResumePoint } from './resume/ResumePoint.js';
