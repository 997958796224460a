/** A user as resolvers see it. The password hash is deliberately not here: see `AccountStore.credentialsByEmail`. */
export interface UserRecord {
  id: string;
  /** Stored normalised (`normalizeEmail`). */
  email: string;
  displayName: string;
  avatarUrl: string | null;
  emailVerifiedAt: Date | null;
  /** free, premium, admin, service; text so new roles need no migration. */
  role: string;
  /** active or suspended. */
  status: string;
  passwordChangedAt: Date | null;
  createdAt: Date;
  lastActiveAt: Date | null;
  /** Soft delete (§7); a deleted user is invisible to everyone but the erasure job. */
  deletedAt: Date | null;
}

export interface UserPage {
  rows: UserRecord[];
  hasNextPage: boolean;
}

export interface UserPageQuery {
  status: string | null;
  first: number;
  /** Keyset position: rows strictly older than this (newest first). */
  after: { createdAt: Date; id: string } | null;
}

/** Users and their credentials (`identity.user`). */
export interface AccountStore {
  findById(id: string): Promise<UserRecord | null>;
  findByIds(ids: readonly string[]): Promise<UserRecord[]>;
  findByEmail(email: string): Promise<UserRecord | null>;
  /** The user and the stored argon2id hash, for sign-in and password checks; only those code paths ask for it. */
  credentialsByEmail(email: string): Promise<{ user: UserRecord; passwordHash: string | null } | null>;
  passwordHashOf(id: string): Promise<string | null>;
  /** Throws a unique violation on `user_email_key` when the email is taken (`isUniqueViolation`). */
  create(input: { email: string; passwordHash: string; displayName: string }): Promise<UserRecord>;
  /** A new password chosen by the user: also stamps `passwordChangedAt` (§6, tokens from before stop counting). */
  setPassword(id: string, passwordHash: string, at: Date): Promise<void>;
  /** Same password, stronger parameters (`passwordNeedsRehash`); not a password change. */
  rehashPassword(id: string, passwordHash: string): Promise<void>;
  markEmailVerified(id: string, at: Date): Promise<void>;
  setStatus(id: string, status: string): Promise<UserRecord>;
  touchLastActive(id: string, at: Date): Promise<void>;
  /**
   * Locks the user's row until the transaction ends (`SELECT … FOR UPDATE`), so "count, then insert" checks such as
   * the six-profile limit cannot both pass in two concurrent requests. Meaningless outside a transaction.
   */
  lock(id: string): Promise<void>;
  /** Not soft-deleted users, newest first. */
  list(query: UserPageQuery): Promise<UserPage>;
}
