import type { PresenceStore } from '@media-gateway/realtime';
import { badUserInput, playbackError } from '../errors.js';
import type { PlaybackSessions } from '../session/PlaybackSessions.js';
import type { PlaybackSessionRecord } from '../session/PlaybackSessionRecord.js';
import type { OfferStore } from '../store/OfferStore.js';
import type { ViewerStore } from '../store/ViewerStore.js';
import { chooseOffer } from './chooseOffer.js';
import { launchLinks } from './launchLinks.js';

export interface InitiatePlaybackInput {
  titleId: string;
  deviceId: string;
  profileId: string;
  /** Upper-case ISO 3166-1 alpha-2. */
  region: string;
  /** Lower-case catalog platform id, or null to choose. */
  platform: string | null;
  resume: boolean;
  durationSeconds: number | null;
}

export interface PlaybackLaunch {
  session: PlaybackSessionRecord;
  platform: string;
  deepLink: string | null;
  webFallback: string;
  resumePositionSeconds: number;
}

export interface InitiatePlaybackDeps {
  sessions: PlaybackSessions;
  presence: PresenceStore;
  offers: OfferStore;
  viewers: ViewerStore;
  now: () => number;
}

/**
 * `initiatePlayback` (PRODUCT_SPEC §10): the device must be online, the title known and playable here (see
 * `chooseOffer`); then the resume rule, a session on the device, and the offer's launch links with `t=` when resuming.
 * The duration is the caller's, else the last one known for this profile, else the catalogue's runtime.
 */
export async function initiatePlayback(deps: InitiatePlaybackDeps, userId: string, input: InitiatePlaybackInput): Promise<PlaybackLaunch> {
  const presence = await deps.presence.get(userId, input.deviceId);
  if (!presence || presence.userId !== userId) throw playbackError('DEVICE_OFFLINE', 'The device is not online.');
  const title = await deps.offers.title(input.titleId);
  if (!title) throw playbackError('NOT_FOUND', 'The catalogue has no such title.');
  const viewer = await deps.viewers.get(userId);
  const offer = chooseOffer(title.offers, {
    region: input.region,
    platform: input.platform,
    subscribedPlatforms: viewer.subscribedPlatforms,
    now: deps.now(),
  });
  if (!offer) {
    throw playbackError(
      'NOT_AVAILABLE',
      input.platform !== null
        ? `The title does not play on ${input.platform} in ${input.region}.`
        : `The title does not play in ${input.region} on a platform you subscribe to, nor for free.`,
    );
  }

  const last = await deps.sessions.resumeSeconds(userId, input.profileId, input.titleId);
  const durationSeconds = input.durationSeconds ?? last.durationSeconds ?? (title.runtimeMinutes ? title.runtimeMinutes * 60 : null);
  if (durationSeconds === null) throw badUserInput(['durationSeconds is required: the title\'s runtime is not known']);
  const resumePositionSeconds = input.resume ? Math.min(last.seconds, durationSeconds) : 0;

  const session = await deps.sessions.start(
    userId,
    {
      titleId: input.titleId,
      deviceId: input.deviceId,
      profileId: input.profileId,
      platform: offer.platformId,
      durationSeconds,
      resumePositionSeconds,
      positionSeconds: null,
    },
    'initiate',
  );
  return { session, platform: offer.platformId, ...launchLinks(offer, resumePositionSeconds), resumePositionSeconds };
}
