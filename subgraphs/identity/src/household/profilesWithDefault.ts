import type { IdentityContext } from '../IdentityContext.js';
import type { UserRecord } from '../store/AccountStore.js';
import type { ProfileRecord } from '../store/HouseholdStore.js';
import { PROFILE_NAME_MAX_LENGTH } from './parseProfileInput.js';

/**
 * The user's profiles; when they have none yet, a first profile named after the account's display name is created
 * and returned, so every client finds at least one profile to act as. Created lazily, on the owner's first read,
 * rather than at registration: accounts made through OAuth sign-in get one the same way. The user's row lock
 * makes two concurrent first reads create one profile, not two.
 */
export async function profilesWithDefault(ctx: IdentityContext, user: UserRecord): Promise<ProfileRecord[]> {
  const profiles = await ctx.stores.household.listProfiles(user.id);
  if (profiles.length > 0) return profiles;
  return ctx.stores.transaction(async (stores) => {
    await stores.accounts.lock(user.id);
    const again = await stores.household.listProfiles(user.id);
    if (again.length > 0) return again;
    // Display names may be longer than profile names; cut by code point so no surrogate pair is split.
    const name = [...user.displayName].slice(0, PROFILE_NAME_MAX_LENGTH).join('').trim() || 'Me';
    const profile = await stores.household.createProfile(user.id, { name, isKids: false, avatarUrl: null });
    await stores.audit.append({ userId: user.id, action: 'USER_UPDATED', resourceType: 'profile', resourceId: profile.id, details: { change: 'profile_created', default: true } });
    return [profile];
  });
}
