import { identityError } from '../errors.js';
import type { IdentityContext } from '../IdentityContext.js';
import { isUuid } from '../lib/isUuid.js';
import type { UserRecord } from '../store/AccountStore.js';
import type { ProfileRecord } from '../store/HouseholdStore.js';

/**
 * One of the caller's own profiles, or NOT_FOUND. Another user's profile id gets exactly the answer a missing one
 * does, not FORBIDDEN, so ids cannot be probed for existence.
 */
export async function ownedProfile(ctx: IdentityContext, account: UserRecord, id: string): Promise<ProfileRecord> {
  const profile = isUuid(id) ? await ctx.stores.household.findOwnedProfile(account.id, id) : null;
  if (!profile) throw identityError('NOT_FOUND', `No profile ${JSON.stringify(id.slice(0, 64))}.`);
  return profile;
}
