import type { UpstreamIdentity, UpstreamRefusal } from '../oauth/AccountDirectory.js';
import type { UserRecord } from '../store/AccountStore.js';
import { parseDisplayName } from './parseDisplayName.js';
import { parseEmail } from './parseEmail.js';

/** What the decision needs to know about a local account. */
export type LocalAccount = Pick<UserRecord, 'id' | 'status' | 'deletedAt' | 'emailVerifiedAt'>;

export type UpstreamAccountDecision =
  | { action: 'sign_in'; userId: string }
  | { action: 'link'; userId: string; email: string }
  | { action: 'create'; email: string; displayName: string }
  | { action: 'refuse'; reason: UpstreamRefusal; userId: string | null };

/**
 * The address an upstream provider vouches for, in stored form (`parseEmail`); null when it does not vouch for one:
 * `email_verified` is not literally true, the claim is missing, or it is not an address at all.
 */
export function verifiedUpstreamEmail(identity: Pick<UpstreamIdentity, 'email' | 'emailVerified'>): string | null {
  if (!identity.emailVerified || identity.email === undefined) return null;
  const email = parseEmail(identity.email);
  return email.ok ? email.value : null;
}

/**
 * Which account an upstream sign-in (§6 "Google, GitHub: links accounts by verified email") lands on. Pure: the
 * caller looks up `linked` (the user the provider's (provider, subject) link points at) and, only when there is no
 * link, `byEmail` (the local account with `verifiedUpstreamEmail(identity)`).
 *
 * 1. A link wins, whatever the emails say now: the provider's subject is stable, emails change and get recycled. Its
 *    user must still be active, as on the password path.
 * 2. No link: the provider must vouch for the email, or there is nothing safe to match or create on.
 * 3. A local account with that email is linked only if it proved it owns the address itself. Otherwise whoever
 *    registered the address first (possibly an attacker waiting for the real owner) would get a Google-backed way in
 *    (account pre-hijacking); its owner signs in with the password and verifies the email first.
 * 4. Nobody has the address: a new free account, verified (the provider vouched), named after the `name` claim or
 *    the address's local part.
 */
export function resolveUpstreamAccount(facts: {
  identity: UpstreamIdentity;
  linked: LocalAccount | null;
  byEmail: LocalAccount | null;
}): UpstreamAccountDecision {
  const { identity, linked, byEmail } = facts;
  if (linked) return isActive(linked) ? { action: 'sign_in', userId: linked.id } : refuse('account_inactive', linked.id);
  const email = verifiedUpstreamEmail(identity);
  if (email === null) return refuse('upstream_email_unverified', null);
  if (byEmail) {
    if (!isActive(byEmail)) return refuse('account_inactive', byEmail.id);
    if (byEmail.emailVerifiedAt === null) return refuse('local_email_unverified', byEmail.id);
    return { action: 'link', userId: byEmail.id, email };
  }
  return { action: 'create', email, displayName: upstreamDisplayName(identity.name, email) };
}

function isActive(account: LocalAccount): boolean {
  return account.deletedAt === null && account.status === 'active';
}

function refuse(reason: UpstreamRefusal, userId: string | null): UpstreamAccountDecision {
  return { action: 'refuse', reason, userId };
}

/** The `name` claim when it is a valid display name (§7), else the address's local part. */
function upstreamDisplayName(name: string | undefined, email: string): string {
  const parsed = parseDisplayName(name ?? '');
  if (parsed.ok) return parsed.value;
  // `parseEmail` allows no whitespace or control characters in the local part, so it is always a valid name.
  return email.slice(0, email.lastIndexOf('@'));
}
