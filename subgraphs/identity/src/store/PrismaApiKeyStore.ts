import type { Prisma } from '@media-gateway/db';
import type { ApiKeyOwner, ApiKeyRecord, ApiKeyStore } from './ApiKeyStore.js';
import type { Db } from './Db.js';

const KEY_FIELDS = {
  id: true,
  userId: true,
  name: true,
  prefix: true,
  scopes: true,
  rateLimitPerMinute: true,
  expiresAt: true,
  lastUsedAt: true,
  revokedAt: true,
  createdAt: true,
} as const satisfies Prisma.ApiKeySelect;

export class PrismaApiKeyStore implements ApiKeyStore {
  constructor(private readonly db: Db) {}

  create(input: Parameters<ApiKeyStore['create']>[0]): Promise<ApiKeyRecord> {
    return this.db.apiKey.create({ data: { ...input, scopes: [...input.scopes] }, select: KEY_FIELDS });
  }

  listForUser(userId: string): Promise<ApiKeyRecord[]> {
    return this.db.apiKey.findMany({ where: { userId }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], select: KEY_FIELDS });
  }

  findOwned(userId: string, id: string): Promise<ApiKeyRecord | null> {
    return this.db.apiKey.findFirst({ where: { id, userId }, select: KEY_FIELDS });
  }

  revoke(id: string, at: Date): Promise<ApiKeyRecord> {
    return this.db.apiKey.update({ where: { id }, data: { revokedAt: at }, select: KEY_FIELDS });
  }

  async findByPrefix(prefix: string): Promise<{ key: ApiKeyRecord; keyHash: string; owner: ApiKeyOwner } | null> {
    const row = await this.db.apiKey.findUnique({
      where: { prefix },
      select: { ...KEY_FIELDS, keyHash: true, user: { select: { role: true, status: true, deletedAt: true } } },
    });
    if (!row) return null;
    const { keyHash, user: owner, ...key } = row;
    return { key, keyHash, owner };
  }

  async touchLastUsed(id: string, at: Date, unlessSince: Date): Promise<void> {
    await this.db.apiKey.updateMany({
      where: { id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: unlessSince } }] },
      data: { lastUsedAt: at },
    });
  }
}
