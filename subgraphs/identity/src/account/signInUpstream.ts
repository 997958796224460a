import type { UpstreamIdentity, UpstreamSignInResult } from '../oauth/AccountDirectory.js';
import type { IdentityStores } from '../store/IdentityStores.js';
import { isUniqueViolation } from '../store/isUniqueViolation.js';
import { recordSignIn } from './recordSignIn.js';
import { resolveUpstreamAccount, verifiedUpstreamEmail } from './resolveUpstreamAccount.js';

/**
 * Carries out `resolveUpstreamAccount` for an identity an upstream provider vouched for (§6):
 * - existing link: AUTH_LOGIN `{ method: 'upstream', provider }`;
 * - link by verified email: the link and a USER_UPDATED `{ change: 'identity_linked', provider }` in one transaction,
 *   then AUTH_LOGIN;
 * - new account: the user, its link, AUTH_REGISTER and AUTH_LOGIN in one transaction;
 * - refusal: AUTH_FAILED with the reason, nothing else written.
 * An account with MFA on gets no AUTH_LOGIN here (`secondFactor: true`): that waits for its second factor. The link
 * is still made first, which grants nothing on its own: proving the same email would equally allow a password reset,
 * and either way the second factor stands in the way.
 */
export async function signInUpstream(stores: IdentityStores, identity: UpstreamIdentity, at: Date): Promise<UpstreamSignInResult> {
  try {
    return await attempt(stores, identity, at);
  } catch (error) {
    // A concurrent first sign-in of the same person, or a registration of the same address, won a unique index and
    // rolled this transaction back; the second pass sees its link or account and decides again.
    if (isUniqueViolation(error, 'linked_identity_provider_subject_key') || isUniqueViolation(error, 'user_email_key')) {
      return attempt(stores, identity, at);
    }
    throw error;
  }
}

async function attempt(stores: IdentityStores, identity: UpstreamIdentity, at: Date): Promise<UpstreamSignInResult> {
  const { provider, subject } = identity;
  const method = { method: 'upstream', provider };
  const link = await stores.linkedIdentities.find(provider, subject);
  const linked = link ? await stores.accounts.findById(link.userId) : null;
  const email = verifiedUpstreamEmail(identity);
  const byEmail = !linked && email !== null ? await stores.accounts.findByEmail(email) : null;
  const decision = resolveUpstreamAccount({ identity, linked, byEmail });

  switch (decision.action) {
    case 'refuse': {
      const { userId, reason } = decision;
      await stores.audit.append({
        userId,
        action: 'AUTH_FAILED',
        ...(userId ? { resourceType: 'user', resourceId: userId } : {}),
        details: { ...method, reason },
      });
      return { status: 'refused', reason };
    }
    case 'create': {
      const userId = await stores.transaction(async (tx) => {
        const id = await tx.linkedIdentities.createLinkedUser({ email: decision.email, displayName: decision.displayName, emailVerifiedAt: at, provider, subject });
        await tx.accounts.touchLastActive(id, at);
        await tx.audit.append({ userId: id, action: 'AUTH_REGISTER', resourceType: 'user', resourceId: id, details: method });
        await tx.audit.append({ userId: id, action: 'AUTH_LOGIN', resourceType: 'user', resourceId: id, details: method });
        return id;
      });
      return { status: 'signed_in', userId, secondFactor: false };
    }
    case 'link':
    case 'sign_in': {
      const { userId } = decision;
      const secondFactor = Boolean((await stores.mfa.find(userId))?.enabledAt);
      if (decision.action === 'link') {
        await stores.transaction(async (tx) => {
          await tx.linkedIdentities.link({ provider, subject, userId, email: decision.email });
          await tx.audit.append({ userId, action: 'USER_UPDATED', resourceType: 'user', resourceId: userId, details: { change: 'identity_linked', provider } });
        });
      }
      if (!secondFactor) await recordSignIn(stores, userId, at, method);
      return { status: 'signed_in', userId, secondFactor };
    }
  }
}
