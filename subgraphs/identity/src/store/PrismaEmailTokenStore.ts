import type { EmailTokenKind, IssuedEmailToken } from '../account/issueEmailToken.js';
import type { Db } from './Db.js';
import type { EmailTokenRecord, EmailTokenStore } from './EmailTokenStore.js';

export class PrismaEmailTokenStore implements EmailTokenStore {
  constructor(private readonly db: Db) {}

  async create(userId: string, token: IssuedEmailToken, at: Date): Promise<void> {
    await this.db.emailToken.create({
      data: { userId, kind: token.kind, tokenHash: token.tokenHash, expiresAt: token.expiresAt, createdAt: at },
    });
  }

  async findByHash(tokenHash: string): Promise<EmailTokenRecord | null> {
    const row = await this.db.emailToken.findUnique({ where: { tokenHash } });
    if (!row || (row.kind !== 'VERIFY_EMAIL' && row.kind !== 'RESET_PASSWORD')) return null;
    return { ...row, kind: row.kind };
  }

  async redeem(id: string, at: Date): Promise<boolean> {
    const { count } = await this.db.emailToken.updateMany({ where: { id, usedAt: null }, data: { usedAt: at } });
    return count === 1;
  }

  async issuedSince(userId: string, kind: EmailTokenKind, since: Date): Promise<Date[]> {
    const rows = await this.db.emailToken.findMany({ where: { userId, kind, createdAt: { gt: since } }, select: { createdAt: true } });
    return rows.map((row) => row.createdAt);
  }

  async retireUnused(userId: string, kind: EmailTokenKind, at: Date): Promise<number> {
    const { count } = await this.db.emailToken.updateMany({ where: { userId, kind, usedAt: null }, data: { usedAt: at } });
    return count;
  }
}
