import type { PrismaClient } from '@media-gateway/db';

/**
 * Deletes OAuth artefacts that expired more than `graceSeconds` ago. The adapter already hides them; this keeps the
 * table from growing. Run it periodically (every few minutes is plenty). The grace must cover the adapter's longest
 * `retainExpired` (1 h for device codes by default), or those would vanish early.
 *
 * @returns the number of rows deleted
 */
export async function purgeExpiredOidcModels(prisma: PrismaClient, now: Date, graceSeconds = 3600): Promise<number> {
  const { count } = await prisma.oidcModel.deleteMany({
    where: { expiresAt: { lt: new Date(now.getTime() - graceSeconds * 1000) } },
  });
  return count;
}
