import { randomUUID } from 'node:crypto';
import type { AccountClaims, AccountDirectory } from '../../../src/oauth/AccountDirectory.js';

export interface TestUser {
  id: string;
  email: string;
  password: string;
  name: string;
  role: string;
}

/** An account directory over a map, standing in for the account domain (which lands separately). */
export function memoryAccounts(users: readonly Omit<TestUser, 'id'>[]): AccountDirectory & { byEmail(email: string): TestUser } {
  const all: TestUser[] = users.map((user) => ({ ...user, id: randomUUID() }));
  const byId = new Map(all.map((user) => [user.id, user]));
  return {
    async authenticate(email, password) {
      const user = all.find((candidate) => candidate.email === email.toLowerCase());
      return user && user.password === password ? { userId: user.id } : null;
    },
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
