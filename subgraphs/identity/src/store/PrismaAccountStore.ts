import type { Prisma } from '@media-gateway/db';
import type { AccountStore, UserPage, UserPageQuery, UserRecord } from './AccountStore.js';
import type { Db } from './Db.js';

const USER_FIELDS = {
  id: true,
  email: true,
  displayName: true,
  avatarUrl: true,
  emailVerifiedAt: true,
  role: true,
  status: true,
  passwordChangedAt: true,
  createdAt: true,
  lastActiveAt: true,
  deletedAt: true,
} as const satisfies Prisma.UserSelect;

export class PrismaAccountStore implements AccountStore {
  constructor(private readonly db: Db) {}

  findById(id: string): Promise<UserRecord | null> {
    return this.db.user.findUnique({ where: { id }, select: USER_FIELDS });
  }

  findByIds(ids: readonly string[]): Promise<UserRecord[]> {
    return this.db.user.findMany({ where: { id: { in: [...ids] } }, select: USER_FIELDS });
  }

  findByEmail(email: string): Promise<UserRecord | null> {
    return this.db.user.findUnique({ where: { email }, select: USER_FIELDS });
  }

  async credentialsByEmail(email: string): Promise<{ user: UserRecord; passwordHash: string | null } | null> {
    const row = await this.db.user.findUnique({ where: { email }, select: { ...USER_FIELDS, passwordHash: true } });
    if (!row) return null;
    const { passwordHash, ...user } = row;
    return { user, passwordHash };
  }

  async passwordHashOf(id: string): Promise<string | null> {
    return (await this.db.user.findUnique({ where: { id }, select: { passwordHash: true } }))?.passwordHash ?? null;
  }

  create(input: { email: string; passwordHash: string; displayName: string }): Promise<UserRecord> {
    return this.db.user.create({ data: input, select: USER_FIELDS });
  }

  async setPassword(id: string, passwordHash: string, at: Date): Promise<void> {
    await this.db.user.update({ where: { id }, data: { passwordHash, passwordChangedAt: at } });
  }

  async rehashPassword(id: string, passwordHash: string): Promise<void> {
    await this.db.user.update({ where: { id }, data: { passwordHash } });
  }

  async markEmailVerified(id: string, at: Date): Promise<void> {
    // Keep the first verification time: verifying again (a second link) changes nothing.
    await this.db.user.updateMany({ where: { id, emailVerifiedAt: null }, data: { emailVerifiedAt: at } });
  }

  setStatus(id: string, status: string): Promise<UserRecord> {
    return this.db.user.update({ where: { id }, data: { status }, select: USER_FIELDS });
  }

  async touchLastActive(id: string, at: Date): Promise<void> {
    await this.db.user.update({ where: { id }, data: { lastActiveAt: at } });
  }

  async lock(id: string): Promise<void> {
    await this.db.$executeRaw`SELECT 1 FROM "identity"."user" WHERE "id" = ${id}::uuid FOR UPDATE`;
  }

  async list(query: UserPageQuery): Promise<UserPage> {
    const { after } = query;
    const rows = await this.db.user.findMany({
      where: {
        deletedAt: null,
        ...(query.status !== null ? { status: query.status } : {}),
        ...(after ? { OR: [{ createdAt: { lt: after.createdAt } }, { createdAt: after.createdAt, id: { lt: after.id } }] } : {}),
      },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: query.first + 1,
      select: USER_FIELDS,
    });
    return { rows: rows.slice(0, query.first), hasNextPage: rows.length > query.first };
  }
}
