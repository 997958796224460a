export interface ApiKeyRecord {
  id: string;
  userId: string;
  name: string;
  /** The first 12 characters of the key, in clear: finds the row and shows the key masked. */
  prefix: string;
  scopes: string[];
  rateLimitPerMinute: number;
  expiresAt: Date | null;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  createdAt: Date;
}

/** What `lookupApiKey` needs about a key's owner to decide whether the key may still act. */
export interface ApiKeyOwner {
  role: string;
  status: string;
  deletedAt: Date | null;
}

/** Personal API keys (`identity.api_key`); the key itself is stored only as its SHA-256. */
export interface ApiKeyStore {
  /** Throws a unique violation on `api_key_prefix_key` when the 12-character prefix is already taken. */
  create(input: {
    userId: string;
    name: string;
    prefix: string;
    keyHash: string;
    scopes: readonly string[];
    rateLimitPerMinute: number;
    expiresAt: Date | null;
  }): Promise<ApiKeyRecord>;
  /** Every key of the user, revoked ones included (the listing shows them as revoked), newest first. */
  listForUser(userId: string): Promise<ApiKeyRecord[]>;
  /** The key when it belongs to `userId`; another user's key is null, exactly like a missing one. */
  findOwned(userId: string, id: string): Promise<ApiKeyRecord | null>;
  revoke(id: string, at: Date): Promise<ApiKeyRecord>;
  findByPrefix(prefix: string): Promise<{ key: ApiKeyRecord; keyHash: string; owner: ApiKeyOwner } | null>;
  /** Stamps `lastUsedAt` unless it is already later than `unlessSince`: at most one write per key per interval. */
  touchLastUsed(id: string, at: Date, unlessSince: Date): Promise<void>;
}
