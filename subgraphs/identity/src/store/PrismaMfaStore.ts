import type { Db } from './Db.js';
import type { BackupCodeRecord, MfaRecord, MfaStore } from './MfaStore.js';

export class PrismaMfaStore implements MfaStore {
  constructor(private readonly db: Db) {}

  async find(userId: string): Promise<MfaRecord | null> {
    const row = await this.db.mfaSecret.findUnique({ where: { userId } });
    if (!row) return null;
    return {
      userId: row.userId,
      secretCiphertext: row.secretCiphertext,
      enabledAt: row.enabledAt,
      lastUsedStep: row.lastUsedStep === null ? null : Number(row.lastUsedStep),
    };
  }

  async enabledAmong(userIds: readonly string[]): Promise<Set<string>> {
    const rows = await this.db.mfaSecret.findMany({ where: { userId: { in: [...userIds] }, enabledAt: { not: null } }, select: { userId: true } });
    return new Set(rows.map((row) => row.userId));
  }

  async savePending(userId: string, secretCiphertext: string): Promise<void> {
    const data = { secretCiphertext, enabledAt: null, lastUsedStep: null };
    await this.db.mfaSecret.upsert({ where: { userId }, create: { userId, ...data }, update: data });
  }

  async enable(userId: string, step: number, at: Date, backupCodeHashes: readonly string[]): Promise<boolean> {
    const { count } = await this.db.mfaSecret.updateMany({
      where: { userId, enabledAt: null, OR: [{ lastUsedStep: null }, { lastUsedStep: { lt: BigInt(step) } }] },
      data: { enabledAt: at, lastUsedStep: BigInt(step) },
    });
    if (count !== 1) return false;
    await this.db.backupCode.deleteMany({ where: { userId } });
    await this.db.backupCode.createMany({ data: backupCodeHashes.map((codeHash) => ({ userId, codeHash })) });
    return true;
  }

  async useStep(userId: string, step: number): Promise<boolean> {
    const { count } = await this.db.mfaSecret.updateMany({
      where: { userId, enabledAt: { not: null }, OR: [{ lastUsedStep: null }, { lastUsedStep: { lt: BigInt(step) } }] },
      data: { lastUsedStep: BigInt(step) },
    });
    return count === 1;
  }

  backupCodes(userId: string): Promise<BackupCodeRecord[]> {
    // A stable order keeps slot indices meaningful for `matchBackupCode`.
    return this.db.backupCode.findMany({ where: { userId }, orderBy: { id: 'asc' }, select: { id: true, codeHash: true, usedAt: true } });
  }

  async spendBackupCode(id: string, at: Date): Promise<boolean> {
    const { count } = await this.db.backupCode.updateMany({ where: { id, usedAt: null }, data: { usedAt: at } });
    return count === 1;
  }

  async remove(userId: string): Promise<void> {
    await this.db.backupCode.deleteMany({ where: { userId } });
    await this.db.mfaSecret.deleteMany({ where: { userId } });
  }
}
