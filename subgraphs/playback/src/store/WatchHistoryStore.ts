import type { Prisma, PrismaClient } from '@media-gateway/db';
import type { HistoryCursor } from '../history/historyCursor.js';
import type { HistoryWrite, WatchHistoryEntry } from '../history/WatchHistoryEntry.js';

/** Rows anonymised per statement by the purge, so one run never holds many row locks at once. */
export const PURGE_BATCH = 500;

/** The opt-in watch history (`playback.watch_history`, PRODUCT_SPEC §10 VPPA). */
export class WatchHistoryStore {
  constructor(private readonly prisma: PrismaClient) {}

  /** The user's rows that are not anonymised, newest first, after `after`; `first + 1` rows tell whether more follow. */
  async page(userId: string, first: number, after: HistoryCursor | null): Promise<WatchHistoryEntry[]> {
    const afterWhere: Prisma.PlaybackWatchHistoryWhereInput = after
      ? {
          OR: [
            { watchedAt: { lt: new Date(after.watchedAt) } },
            { watchedAt: new Date(after.watchedAt), id: { lt: BigInt(after.id) } },
          ],
        }
      : {};
    const rows = await this.prisma.playbackWatchHistory.findMany({
      where: { userId, anonymizedAt: null, ...afterWhere },
      orderBy: [{ watchedAt: 'desc' }, { id: 'desc' }],
      take: first + 1,
    });
    return rows.map((row) => ({
      id: String(row.id),
      titleId: row.titleId,
      deviceId: row.deviceId,
      positionSeconds: row.positionSeconds,
      durationSeconds: row.durationSeconds,
      completed: row.completed,
      watchedAt: row.watchedAt.getTime(),
    }));
  }

  /**
   * Anonymises every row watched before `cutoff`, `PURGE_BATCH` rows per statement: session, user, profile and device
   * become null and `watchedAt` is cut to the (UTC) day, so what stays is an anonymous aggregate — this title was
   * watched this much on that day — with nothing that leads back to a person. Null rather than a one-way hash: a hash
   * of a user id is still a pseudonym (anyone holding the id can recompute it), which VPPA does not count as
   * anonymous. Returns the number of rows anonymised. Safe to run on several replicas at once (SKIP LOCKED).
   */
  async anonymizeOlderThan(cutoff: number, now: number): Promise<number> {
    let total = 0;
    for (;;) {
      const done = await this.prisma.$executeRaw`
        UPDATE "playback"."watch_history" h
           SET "session_id" = NULL, "user_id" = NULL, "profile_id" = NULL, "device_id" = NULL,
               "watched_at" = date_trunc('day', h."watched_at" AT TIME ZONE 'UTC') AT TIME ZONE 'UTC',
               "anonymized_at" = ${new Date(now)}
         WHERE h."id" IN (SELECT "id" FROM "playback"."watch_history"
                           WHERE "anonymized_at" IS NULL AND "watched_at" < ${new Date(cutoff)}
                           ORDER BY "id" LIMIT ${PURGE_BATCH}
                           FOR UPDATE SKIP LOCKED)`;
      total += done;
      if (done < PURGE_BATCH) return total;
    }
  }
}

/**
 * Writes a session's history row (one per session, kept current while it runs) — but only when the viewer has
 * consented to history retention. The consent is read `FOR SHARE` in the same statement: a withdrawal (which locks
 * the viewer row, then deletes the history) either commits first, and this writes nothing, or waits for this, and
 * then deletes what this wrote. A row already anonymised is never touched again. True when written.
 */
export async function writeHistory(tx: Prisma.TransactionClient, entry: HistoryWrite): Promise<boolean> {
  const written = await tx.$executeRaw`
    INSERT INTO "playback"."watch_history" AS h
      ("session_id", "user_id", "profile_id", "title_id", "device_id", "position_seconds", "duration_seconds", "completed", "watched_at")
    SELECT ${entry.sessionId}::uuid, v."user_id", ${entry.profileId}::uuid, ${entry.titleId}::uuid, ${entry.deviceId}::uuid,
           ${entry.positionSeconds}::float8, ${entry.durationSeconds}::float8, ${entry.completed}, ${new Date(entry.watchedAt)}
      FROM "playback"."viewer" v
     WHERE v."user_id" = ${entry.userId}::uuid AND v."history_consent"
       FOR SHARE OF v
    ON CONFLICT ("session_id") DO UPDATE
       SET "device_id" = EXCLUDED."device_id", "position_seconds" = EXCLUDED."position_seconds",
           "duration_seconds" = EXCLUDED."duration_seconds", "completed" = EXCLUDED."completed", "watched_at" = EXCLUDED."watched_at"
     WHERE h."anonymized_at" IS NULL AND h."user_id" = EXCLUDED."user_id"`;
  return written > 0;
}

/** Deletes the user's history (consent withdrawn, account erased). */
export async function deleteHistory(tx: Prisma.TransactionClient, userId: string): Promise<number> {
  const { count } = await tx.playbackWatchHistory.deleteMany({ where: { userId } });
  return count;
}
