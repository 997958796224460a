import { badUserInput, playbackError } from '../errors.js';
import type { Resolvers } from '../generated/resolvers.js';
import { isUuid } from '../lib/isUuid.js';
import { InputProblems } from './inputProblems.js';
import { requireUser } from './requireUser.js';

/** `initiatePlayback` and `handoffPlayback`: sessions that involve the user's devices. */
export const launchResolvers: Resolvers = {
  Mutation: {
    initiatePlayback: async (_, { input }, ctx) => {
      const userId = requireUser(ctx.identity);
      const check = new InputProblems();
      const launch = {
        titleId: check.uuid('titleId', input.titleId),
        deviceId: check.uuid('deviceId', input.deviceId),
        profileId: check.uuid('profileId', input.profileId),
        region: check.region('region', input.region),
        platform: check.platform('platform', input.platform),
        resume: input.resume ?? true,
        durationSeconds: input.durationSeconds == null ? null : check.duration('durationSeconds', input.durationSeconds),
      };
      if (check.problems.length > 0) throw badUserInput(check.problems);
      return ctx.initiate(userId, launch);
    },

    handoffPlayback: async (_, { sessionId, toDeviceId }, ctx) => {
      const userId = requireUser(ctx.identity);
      const check = new InputProblems();
      const target = check.uuid('toDeviceId', toDeviceId);
      if (check.problems.length > 0) throw badUserInput(check.problems);
      if (!isUuid(sessionId)) throw playbackError('NOT_FOUND', 'No such playback session.');
      return ctx.handoff(userId, sessionId.toLowerCase(), target);
    },
  },
};
