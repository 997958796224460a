import { randomUUID } from 'node:crypto';
import { resolveUpstreamAccount, verifiedUpstreamEmail, type LocalAccount } from '../../../src/account/resolveUpstreamAccount.js';
import type { AccountClaims, AccountDirectory } from '../../../src/oauth/AccountDirectory.js';

export interface TestUser {
  id: string;
  email: string;
  password: string;
  name: string;
  role: string;
  /** With a code, the user has "MFA on": `verifySecondFactor` accepts exactly this code. */
  mfaCode?: string;
}

/**
 * An account directory over a map, standing in for the account domain. Upstream sign-ins follow the real decision
 * (`resolveUpstreamAccount`) over in-memory links; every stored user counts as active with a verified email.
 */
export function memoryAccounts(users: readonly Omit<TestUser, 'id'>[]): AccountDirectory & { byEmail(email: string): TestUser } {
  const all: TestUser[] = users.map((user) => ({ ...user, id: randomUUID() }));
  const byId = new Map(all.map((user) => [user.id, user]));
  const links = new Map<string, string>();
  const local = (user: TestUser | undefined): LocalAccount | null =>
    user ? { id: user.id, status: 'active', deletedAt: null, emailVerifiedAt: new Date(0) } : null;

  return {
    async authenticate(email, password) {
      const user = all.find((candidate) => candidate.email === email.toLowerCase());
      if (!user || user.password !== password) return null;
      return user.mfaCode === undefined ? { userId: user.id } : { userId: user.id, secondFactor: true };
    },
    async verifySecondFactor(userId, code) {
      const user = byId.get(userId);
      return user?.mfaCode !== undefined && code === user.mfaCode ? { status: 'ok' } : { status: 'wrong' };
    },
    async signInUpstream(identity) {
      const key = `${identity.provider}:${identity.subject}`;
      const linked = byId.get(links.get(key) ?? '');
      const email = verifiedUpstreamEmail(identity);
      const byEmail = !linked && email !== null ? all.find((candidate) => candidate.email === email) : undefined;
      const decision = resolveUpstreamAccount({ identity, linked: local(linked), byEmail: local(byEmail) });
      if (decision.action === 'refuse') return { status: 'refused', reason: decision.reason };
      let userId = decision.action === 'create' ? randomUUID() : decision.userId;
      if (decision.action === 'create') {
        const user: TestUser = { id: userId, email: decision.email, password: '', name: decision.displayName, role: 'free' };
        all.push(user);
        byId.set(userId, user);
      }
      if (decision.action !== 'sign_in') links.set(key, userId);
      userId = links.get(key) ?? userId;
      return { status: 'signed_in', userId, secondFactor: byId.get(userId)?.mfaCode !== undefined };
    },
    async upstreamFailed() {},
    async claims(userId): Promise<AccountClaims | null> {
      const user = byId.get(userId);
      return user ? { sub: user.id, email: user.email, email_verified: true, name: user.name, role: user.role } : null;
    },
    async exists(userId) {
      return byId.has(userId);
    },
    byEmail(email) {
      const user = all.find((candidate) => candidate.email === email);
      if (!user) throw new Error(`no test user ${email}`);
      return user;
    },
  };
}

export const ALICE = { email: 'alice@example.test', password: 'Correct-Horse-1', name: 'Alice', role: 'free' };
export const ADA = { email: 'ada@example.test', password: 'Analytical-Engine-2', name: 'Ada', role: 'admin' };
