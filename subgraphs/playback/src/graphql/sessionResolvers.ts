import { badUserInput, playbackError } from '../errors.js';
import type { Resolvers } from '../generated/resolvers.js';
import { isUuid } from '../lib/isUuid.js';
import { InputProblems } from './inputProblems.js';
import { requireUser } from './requireUser.js';

/** Reading, starting, reporting and ending sessions, and how a session and a change of one look in the graph. */
export const sessionResolvers: Resolvers = {
  Query: {
    playbackSession: async (_, { id }, ctx) => {
      const userId = requireUser(ctx.identity);
      return isUuid(id) ? ctx.sessions.get(userId, id.toLowerCase()) : null;
    },
    playbackSessions: (_, { activeOnly }, ctx) => ctx.sessions.list(requireUser(ctx.identity), activeOnly ?? true),
  },

  Mutation: {
    startPlaybackSession: async (_, { input }, ctx) => {
      const userId = requireUser(ctx.identity);
      const check = new InputProblems();
      const start = {
        titleId: check.uuid('titleId', input.titleId),
        deviceId: check.uuid('deviceId', input.deviceId),
        profileId: check.uuid('profileId', input.profileId),
        durationSeconds: check.duration('durationSeconds', input.durationSeconds),
        platform: check.platform('platform', input.platform),
        positionSeconds: input.positionSeconds == null ? null : check.position('positionSeconds', input.positionSeconds),
      };
      if (check.problems.length > 0) throw badUserInput(check.problems);
      const resume = await ctx.sessions.resumeSeconds(userId, start.profileId, start.titleId);
      return ctx.sessions.start(userId, { ...start, resumePositionSeconds: Math.min(resume.seconds, start.durationSeconds) }, 'start');
    },

    updatePlaybackPosition: async (_, { sessionId, positionSeconds, state }, ctx) => {
      const userId = requireUser(ctx.identity);
      const check = new InputProblems();
      check.position('positionSeconds', positionSeconds);
      if (state === 'STOPPED') check.add('state STOPPED ends the session: use endPlaybackSession');
      if (check.problems.length > 0) throw badUserInput(check.problems);
      if (!isUuid(sessionId)) throw playbackError('NOT_FOUND', 'No such playback session.');
      return ctx.sessions.report(userId, sessionId.toLowerCase(), { positionSeconds, state: state === 'PAUSED' ? 'PAUSED' : 'PLAYING' });
    },

    endPlaybackSession: async (_, { sessionId, positionSeconds }, ctx) => {
      const userId = requireUser(ctx.identity);
      if (positionSeconds != null) {
        const check = new InputProblems();
        check.position('positionSeconds', positionSeconds);
        if (check.problems.length > 0) throw badUserInput(check.problems);
      }
      if (!isUuid(sessionId)) throw playbackError('NOT_FOUND', 'No such playback session.');
      return ctx.sessions.end(userId, sessionId.toLowerCase(), positionSeconds ?? null);
    },
  },

  PlaybackSession: {
    title: (session) => ({ id: session.titleId }),
    startedAt: (session) => new Date(session.startedAt),
    updatedAt: (session) => new Date(session.updatedAt),
    endedAt: (session) => (session.endedAt === null ? null : new Date(session.endedAt)),
  },

  PlaybackSessionChange: {
    at: (change) => new Date(change.at),
  },
};
