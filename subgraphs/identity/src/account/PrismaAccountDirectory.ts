import type { Logger } from '@media-gateway/runtime';
import type {
  AccountClaims,
  AccountDirectory,
  FirstFactor,
  PasswordSignIn,
  SecondFactorResult,
  UpstreamIdentity,
  UpstreamSignInResult,
} from '../oauth/AccountDirectory.js';
import { isUuid } from '../lib/isUuid.js';
import { checkSecondFactor } from '../mfa/checkSecondFactor.js';
import type { UserRecord } from '../store/AccountStore.js';
import type { AttemptLimiter } from '../store/AttemptLimiter.js';
import type { IdentityStores } from '../store/IdentityStores.js';
import { dummyPasswordCheck } from './dummyPasswordCheck.js';
import { hashPassword } from './hashPassword.js';
import { parseEmail } from './parseEmail.js';
import { passwordNeedsRehash } from './passwordNeedsRehash.js';
import { recordSignIn } from './recordSignIn.js';
import { signInUpstream } from './signInUpstream.js';
import { verifyPassword } from './verifyPassword.js';

export interface PrismaAccountDirectoryOptions {
  /** The service's Prisma-backed stores (`createPrismaStores`). */
  stores: IdentityStores;
  /** 32-byte AES-256-GCM key the TOTP secrets are sealed with (the service's `secrets.mfaKey`). */
  mfaKey: Buffer;
  /**
   * The MFA attempt counter. Pass the one the GraphQL MFA mutations use, so the login page and the API share §6's
   * "5 attempts per minute per user" rather than each granting five.
   */
  attempts: AttemptLimiter;
  /** Receives the reason a stored TOTP secret does not open (`openTotpSecret`). */
  logger: Logger;
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
 * audited: AUTH_LOGIN, or AUTH_FAILED with the reason in `details` (never the email, which is personal data). For an
 * account with MFA on, a correct password is not yet a sign-in: AUTH_LOGIN is written by `verifySecondFactor`, with
 * `mfa: true`, once the second factor passed, so the log never shows a login that did not finish.
 */
export class PrismaAccountDirectory implements AccountDirectory {
  private readonly stores: IdentityStores;
  private readonly mfaKey: Buffer;
  private readonly attempts: AttemptLimiter;
  private readonly logger: Logger;
  private readonly now: () => Date;
  private readonly requireVerifiedEmail: boolean;

  constructor(options: PrismaAccountDirectoryOptions) {
    this.stores = options.stores;
    this.mfaKey = options.mfaKey;
    this.attempts = options.attempts;
    this.logger = options.logger;
    this.now = options.now ?? (() => new Date());
    this.requireVerifiedEmail = options.requireVerifiedEmail ?? false;
  }

  async authenticate(email: string, password: string): Promise<PasswordSignIn | null> {
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
    if (await this.mfaEnabled(user.id)) return { userId: user.id, secondFactor: true };
    await recordSignIn(this.stores, user.id, this.now(), { method: 'password' });
    return { userId: user.id };
  }

  async verifySecondFactor(userId: string, code: string, firstFactor: FirstFactor): Promise<SecondFactorResult> {
    if (!isUuid(userId)) return { status: 'wrong' };
    const user = await this.activeUser(userId);
    const mfa = user ? await this.stores.mfa.find(userId) : null;
    if (!user || !mfa?.enabledAt) {
      // Suspended, deleted or MFA switched off since the first factor: nothing to finish. Signing in again starts over.
      const reason = user ? 'mfa_not_enabled' : 'account_inactive';
      await this.stores.audit.append({ userId, action: 'AUTH_FAILED', resourceType: 'user', resourceId: userId, details: { ...firstFactor, reason } });
      return { status: 'wrong' };
    }
    const at = this.now();
    const check = await checkSecondFactor({ stores: this.stores, mfaKey: this.mfaKey, attempts: this.attempts, logger: this.logger, at }, mfa, code);
    if (check.ok) {
      await recordSignIn(this.stores, userId, at, { ...firstFactor, mfa: true });
      return { status: 'ok' };
    }
    return check.reason === 'rate_limited' ? { status: 'rate_limited', retryAfterSeconds: check.retryAfterSeconds } : { status: 'wrong' };
  }

  signInUpstream(identity: UpstreamIdentity): Promise<UpstreamSignInResult> {
    return signInUpstream(this.stores, identity, this.now());
  }

  async upstreamFailed(provider: string, reason: string): Promise<void> {
    await this.stores.audit.append({ userId: null, action: 'AUTH_FAILED', details: { method: 'upstream', provider, reason } });
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

  private async mfaEnabled(userId: string): Promise<boolean> {
    return Boolean((await this.stores.mfa.find(userId))?.enabledAt);
  }

  private async activeUser(userId: string): Promise<UserRecord | null> {
    if (!isUuid(userId)) return null;
    const user = await this.stores.accounts.findById(userId);
    return user && user.deletedAt === null && user.status === 'active' ? user : null;
  }
}
