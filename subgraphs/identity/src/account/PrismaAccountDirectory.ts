import type { AccountClaims, AccountDirectory } from '../oauth/AccountDirectory.js';
import { isUuid } from '../lib/isUuid.js';
import type { UserRecord } from '../store/AccountStore.js';
import type { IdentityStores } from '../store/IdentityStores.js';
import { dummyPasswordCheck } from './dummyPasswordCheck.js';
import { hashPassword } from './hashPassword.js';
import { parseEmail } from './parseEmail.js';
import { passwordNeedsRehash } from './passwordNeedsRehash.js';
import { verifyPassword } from './verifyPassword.js';

export interface PrismaAccountDirectoryOptions {
  /** The service's Prisma-backed stores (`createPrismaStores`). */
  stores: IdentityStores;
  /** @default () => new Date() */
  now?: () => Date;
  /** §6 "login can be blocked until verified". @default false */
  requireVerifiedEmail?: boolean;
}

/**
 * The OAuth server's view of accounts (`AccountDirectory`), over `identity.user`.
 *
 * `authenticate` spends one argon2id verification on every path: for an unknown email it verifies against a dummy
 * hash (`dummyPasswordCheck`), and it checks the password *before* looking at suspension or deletion, so neither
 * the answer nor its timing tells the login page which accounts exist or are suspended (§6). Each attempt is
 * audited: AUTH_LOGIN, or AUTH_FAILED with the reason in `details` (never the email, which is personal data).
 */
export class PrismaAccountDirectory implements AccountDirectory {
  private readonly stores: IdentityStores;
  private readonly now: () => Date;
  private readonly requireVerifiedEmail: boolean;

  constructor(options: PrismaAccountDirectoryOptions) {
    this.stores = options.stores;
    this.now = options.now ?? (() => new Date());
    this.requireVerifiedEmail = options.requireVerifiedEmail ?? false;
  }

  async authenticate(email: string, password: string): Promise<{ userId: string } | null> {
    const parsed = parseEmail(email);
    const found = parsed.ok ? await this.stores.accounts.credentialsByEmail(parsed.value) : null;
    if (!found || found.passwordHash === null) {
      await dummyPasswordCheck(password);
      await this.stores.audit.append({ userId: null, action: 'AUTH_FAILED', details: { reason: 'unknown_account' } });
      return null;
    }
    const { user, passwordHash } = found;
    // A malformed stored hash makes verify throw; that is a data bug, and it still denies (§15 "deny on error").
    const matches = await verifyPassword(password, passwordHash).catch(() => false);
    const refusal = matches ? this.refusal(user) : 'wrong_password';
    if (refusal !== null) {
      await this.stores.audit.append({ userId: user.id, action: 'AUTH_FAILED', resourceType: 'user', resourceId: user.id, details: { reason: refusal } });
      return null;
    }
    // The only moment stronger argon2 parameters can reach an existing account is when its password is at hand.
    if (passwordNeedsRehash(passwordHash)) await this.stores.accounts.rehashPassword(user.id, await hashPassword(password));
    await this.stores.transaction(async (stores) => {
      await stores.accounts.touchLastActive(user.id, this.now());
      await stores.audit.append({ userId: user.id, action: 'AUTH_LOGIN', resourceType: 'user', resourceId: user.id, details: { method: 'password' } });
    });
    return { userId: user.id };
  }

  async claims(userId: string): Promise<AccountClaims | null> {
    const user = await this.activeUser(userId);
    if (!user) return null;
    return { sub: user.id, email: user.email, email_verified: user.emailVerifiedAt !== null, name: user.displayName, role: user.role };
  }

  async exists(userId: string): Promise<boolean> {
    return (await this.activeUser(userId)) !== null;
  }

  private refusal(user: UserRecord): string | null {
    if (user.deletedAt !== null) return 'deleted';
    if (user.status !== 'active') return 'suspended';
    if (this.requireVerifiedEmail && user.emailVerifiedAt === null) return 'email_not_verified';
    return null;
  }

  private async activeUser(userId: string): Promise<UserRecord | null> {
    if (!isUuid(userId)) return null;
    const user = await this.stores.accounts.findById(userId);
    return user && user.deletedAt === null && user.status === 'active' ? user : null;
  }
}
