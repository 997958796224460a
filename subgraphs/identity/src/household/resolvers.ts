import { callerUserId } from '../access/callerUserId.js';
import { isCallerAdmin } from '../access/isCallerAdmin.js';
import { requireAccount } from '../access/requireAccount.js';
import { asRatingRank } from '../enumValues.js';
import { badUserInput, identityError } from '../errors.js';
import type { MutationResolvers, ParentalControlsResolvers, ProfileResolvers, QueryResolvers, UserResolvers } from '../generated/resolvers.js';
import { isUuid } from '../lib/isUuid.js';
import { canAddProfile, MAX_PROFILES_PER_USER } from './canAddProfile.js';
import { checkParentalPin } from './checkParentalPin.js';
import { ownedProfile } from './ownedProfile.js';
import { parseProfileInput } from './parseProfileInput.js';
import { parsePin } from './parsePin.js';
import { PIN_VERIFIED_FOR_SECONDS } from './pinStillVerified.js';
import { profileRestrictions } from './profileRestrictions.js';
import { profilesWithDefault } from './profilesWithDefault.js';
import { saveParentalControls } from './saveParentalControls.js';

type HouseholdMutations = 'createProfile' | 'updateProfile' | 'deleteProfile' | 'setParentalControls' | 'verifyParentalPin';

/** Profiles, parental controls and the PIN (§6). Every read and write goes through the caller's own account. */
export const householdResolvers: {
  Query: Pick<QueryResolvers, 'profile'>;
  Mutation: Pick<MutationResolvers, HouseholdMutations>;
  User: Pick<UserResolvers, 'profiles'>;
  Profile: ProfileResolvers;
  ParentalControls: Pick<ParentalControlsResolvers, 'contentRatingLimit' | 'hasPin'>;
} = {
  Query: {
    async profile(_, { id }, ctx) {
      return ownedProfile(ctx, await requireAccount(ctx), id);
    },
  },

  Mutation: {
    async createProfile(_, { input }, ctx) {
      const account = await requireAccount(ctx);
      const parsed = parseProfileInput(input);
      if (!parsed.ok) throw badUserInput(parsed.problems);
      return ctx.stores.transaction(async (stores) => {
        // Count and insert under the user's row lock, or two concurrent creates could make a seventh profile.
        await stores.accounts.lock(account.id);
        if (!canAddProfile(await stores.household.countProfiles(account.id))) {
          throw identityError('CONFLICT', `A household has at most ${MAX_PROFILES_PER_USER} profiles.`);
        }
        const profile = await stores.household.createProfile(account.id, parsed.value);
        await stores.audit.append({ userId: account.id, action: 'USER_UPDATED', resourceType: 'profile', resourceId: profile.id, details: { change: 'profile_created' } });
        return profile;
      });
    },

    async updateProfile(_, { id, input }, ctx) {
      const account = await requireAccount(ctx);
      const profile = await ownedProfile(ctx, account, id);
      const parsed = parseProfileInput(input);
      if (!parsed.ok) throw badUserInput(parsed.problems);
      return ctx.stores.transaction(async (stores) => {
        const updated = await stores.household.updateProfile(profile.id, parsed.value);
        await stores.audit.append({ userId: account.id, action: 'USER_UPDATED', resourceType: 'profile', resourceId: profile.id, details: { change: 'profile_updated' } });
        return updated;
      });
    },

    async deleteProfile(_, { id }, ctx) {
      const account = await requireAccount(ctx);
      const profile = await ownedProfile(ctx, account, id);
      await ctx.stores.transaction(async (stores) => {
        await stores.household.deleteProfile(profile.id);
        await stores.audit.append({ userId: account.id, action: 'USER_UPDATED', resourceType: 'profile', resourceId: profile.id, details: { change: 'profile_deleted' } });
      });
      await ctx.pins.forget(profile.id);
      return true;
    },

    async setParentalControls(_, { profileId, input, pin }, ctx) {
      const account = await requireAccount(ctx);
      const profile = await ownedProfile(ctx, account, profileId);
      return saveParentalControls(ctx, account, profile, input, pin);
    },

    async verifyParentalPin(_, { profileId, pin }, ctx) {
      const account = await requireAccount(ctx);
      const profile = await ownedProfile(ctx, account, profileId);
      const controls = await ctx.loaders.parentalControls(profile.id);
      if (!controls?.pinHash) throw identityError('CONFLICT', 'This profile has no parental PIN.');
      if (!parsePin(pin).ok) throw badUserInput(['pin must be exactly 4 digits']);
      if (!(await checkParentalPin(ctx, profile.id, controls.pinHash, pin))) return { verified: false, verifiedUntil: null };
      await ctx.pins.record(profile.id, ctx.at);
      return { verified: true, verifiedUntil: new Date(ctx.at.getTime() + PIN_VERIFIED_FOR_SECONDS * 1000) };
    },
  },

  User: {
    async profiles(user, _, ctx) {
      // Only the owner's own read creates the default profile; an admin looking at the account changes nothing.
      if (callerUserId(ctx.identity) === user.id) return profilesWithDefault(ctx, user);
      return ctx.stores.household.listProfiles(user.id);
    },
  },

  Profile: {
    /** Federation entry point: the owner and admins see a profile; anyone else gets null, as for a missing one. */
    async __resolveReference({ id }, ctx) {
      if (!isUuid(id)) return null;
      const userId = callerUserId(ctx.identity);
      if (userId === null) return null;
      const account = await ctx.callerAccount();
      if (!account || account.deletedAt !== null || account.status !== 'active') return null;
      const own = await ctx.stores.household.findOwnedProfile(userId, id);
      if (own) return own;
      return (await isCallerAdmin(ctx)) ? ctx.stores.household.findProfile(id) : null;
    },
    parentalControls: (profile, _, ctx) => ctx.loaders.parentalControls(profile.id),
    contentRestrictions: (profile, _, ctx) => profileRestrictions(ctx, profile),
  },

  ParentalControls: {
    contentRatingLimit: (controls) => asRatingRank(controls.ratingLimitRank),
    hasPin: (controls) => controls.pinHash !== null,
  },
};
