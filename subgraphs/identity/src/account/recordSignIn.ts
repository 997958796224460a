import type { JsonValue } from '../lib/canonicalJson.js';
import type { IdentityStores } from '../store/IdentityStores.js';

/**
 * The end of every successful sign-in: the user's `lastActiveAt` and its AUTH_LOGIN entry, in one unit of work.
 * `details` says how they signed in (`{ method: 'password' }`, `{ method: 'upstream', provider, mfa: true }`), never
 * who: the email is personal data, and `userId` already names the account.
 */
export async function recordSignIn(stores: IdentityStores, userId: string, at: Date, details: { [key: string]: JsonValue | undefined }): Promise<void> {
  await stores.transaction(async (tx) => {
    await tx.accounts.touchLastActive(userId, at);
    await tx.audit.append({ userId, action: 'AUTH_LOGIN', resourceType: 'user', resourceId: userId, details });
  });
}
