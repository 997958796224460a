import type { Prisma, PrismaClient } from '@media-gateway/db';
import type { ResumePoint } from '../resume/ResumePoint.js';

/** Resume points a continue-watching read considers at most (a profile's titles of the last 30 days). */
const RECENT_LIMIT = 500;

/** Reads of the resume / continue-watching projection (`playback.resume_point`); writes go through `writeResumePoint`. */
export class ResumeStore {
  constructor(private readonly prisma: PrismaClient) {}

  async get(userId: string, profileId: string, titleId: string): Promise<ResumePoint | null> {
    const row = await this.prisma.playbackResumePoint.findUnique({ where: { userId_profileId_titleId: { userId, profileId, titleId } } });
    return row ? toResumePoint(row) : null;
  }

  /** The profile's points last watched at or after `since`, newest first. */
  async recent(userId: string, profileId: string, since: number): Promise<ResumePoint[]> {
    const rows = await this.prisma.playbackResumePoint.findMany({
      where: { userId, profileId, lastWatchedAt: { gte: new Date(since) } },
      orderBy: [{ lastWatchedAt: 'desc' }, { titleId: 'asc' }],
      take: RECENT_LIMIT,
    });
    return rows.map(toResumePoint);
  }
}

/**
 * Writes a point as a last-writer-wins register: it replaces the stored one only when its `hlc` is greater. HLC
 * strings are compared byte-wise (`COLLATE "C"`): `formatHlc` pads them so that order is `compareHlc`'s, which a
 * locale collation would not keep for node ids. Replaying the same write is a no-op. True when it won.
 */
export async function writeResumePoint(tx: Prisma.TransactionClient, point: ResumePoint): Promise<boolean> {
  const written = await tx.$executeRaw`
    INSERT INTO "playback"."resume_point" AS r
      ("user_id", "profile_id", "title_id", "position_seconds", "duration_seconds", "completed", "hlc", "device_id", "last_watched_at")
    VALUES (${point.userId}::uuid, ${point.profileId}::uuid, ${point.titleId}::uuid, ${point.positionSeconds}::float8,
            ${point.durationSeconds}::float8, ${point.completed}, ${point.hlc}, ${point.deviceId}::uuid, ${new Date(point.lastWatchedAt)})
    ON CONFLICT ("user_id", "profile_id", "title_id") DO UPDATE
       SET "position_seconds" = EXCLUDED."position_seconds", "duration_seconds" = EXCLUDED."duration_seconds",
           "completed" = EXCLUDED."completed", "hlc" = EXCLUDED."hlc", "device_id" = EXCLUDED."device_id",
           "last_watched_at" = EXCLUDED."last_watched_at", "updated_at" = now()
     WHERE r."hlc" COLLATE "C" < EXCLUDED."hlc" COLLATE "C"`;
  return written > 0;
}

/** Everything of the user's (account erasure). */
export async function deleteResumePoints(tx: Prisma.TransactionClient, userId: string): Promise<void> {
  await tx.playbackResumePoint.deleteMany({ where: { userId } });
}

function toResumePoint(row: {
  userId: string;
  profileId: string;
  titleId: string;
  positionSeconds: number;
  durationSeconds: number;
  completed: boolean;
  hlc: string;
  deviceId: string;
  lastWatchedAt: Date;
}): ResumePoint {
  return {
    userId: row.userId,
    profileId: row.profileId,
    titleId: row.titleId,
    positionSeconds: row.positionSeconds,
    durationSeconds: row.durationSeconds,
    completed: row.completed,
    hlc: row.hlc,
    deviceId: row.deviceId,
    lastWatchedAt: row.lastWatchedAt.getTime(),
  };
}
