import type { Prisma, PrismaClient } from '@media-gateway/db';

/** What playback knows of a user from identity's events. */
export interface Viewer {
  userId: string;
  subscribedPlatforms: string[];
  historyConsent: boolean;
}

/** Playback's copy of identity's preferences and consents (`playback.viewer`). */
export class ViewerStore {
  constructor(private readonly prisma: PrismaClient) {}

  /** The viewer, or the default for a user identity never told us about: no subscriptions, no history consent. */
  async get(userId: string): Promise<Viewer> {
    const row = await this.prisma.playbackViewer.findUnique({ where: { userId } });
    return { userId, subscribedPlatforms: row?.subscribedPlatforms ?? [], historyConsent: row?.historyConsent ?? false };
  }
}

/** Sets the subscriptions from an `identity.preferences.changed` written at `sequence`, unless a newer one is stored. */
export async function writeSubscriptions(tx: Prisma.TransactionClient, userId: string, platforms: readonly string[], sequence: number): Promise<boolean> {
  const written = await tx.$executeRaw`
    INSERT INTO "playback"."viewer" AS v ("user_id", "subscribed_platforms", "history_consent", "preferences_version", "consents_version")
    VALUES (${userId}::uuid, ${platforms.map((p) => p.toLowerCase())}::text[], false, ${sequence}::bigint, 0)
    ON CONFLICT ("user_id") DO UPDATE
       SET "subscribed_platforms" = EXCLUDED."subscribed_platforms", "preferences_version" = EXCLUDED."preferences_version", "updated_at" = now()
     WHERE v."preferences_version" < EXCLUDED."preferences_version"`;
  return written > 0;
}

/**
 * Sets the history consent from an `identity.consents.changed` written at `sequence`, unless a newer one is stored.
 * The row lock this takes is what history writes wait on (`FOR SHARE` in `writeHistory`), so a withdrawal and a
 * history write never both commit unseen by the other. True when written.
 */
export async function writeHistoryConsent(tx: Prisma.TransactionClient, userId: string, granted: boolean, sequence: number): Promise<boolean> {
  const written = await tx.$executeRaw`
    INSERT INTO "playback"."viewer" AS v ("user_id", "subscribed_platforms", "history_consent", "preferences_version", "consents_version")
    VALUES (${userId}::uuid, '{}'::text[], ${granted}, 0, ${sequence}::bigint)
    ON CONFLICT ("user_id") DO UPDATE
       SET "history_consent" = EXCLUDED."history_consent", "consents_version" = EXCLUDED."consents_version", "updated_at" = now()
     WHERE v."consents_version" < EXCLUDED."consents_version"`;
  return written > 0;
}

/** Forgets the user (account erasure). */
export async function deleteViewer(tx: Prisma.TransactionClient, userId: string): Promise<void> {
  await tx.playbackViewer.deleteMany({ where: { userId } });
}
