import type { Prisma, PrismaClient } from '@media-gateway/db';

/** What recommending knows of a user from identity's events. */
export interface Viewer {
  userId: string;
  personalization: boolean;
  onboardingGenres: string[];
}

/** Recommending's copy of identity's consent and favourite genres (`recommendations.viewer`). */
export class ViewerStore {
  constructor(private readonly prisma: PrismaClient) {}

  /** The viewer, or the default for a user identity never told us about: no consent, no genres. */
  async get(userId: string): Promise<Viewer> {
    const row = await this.prisma.recommendationsViewer.findUnique({ where: { userId } });
    return { userId, personalization: row?.personalization ?? false, onboardingGenres: row?.onboardingGenres ?? [] };
  }
}

/** Sets the onboarding genres from an `identity.preferences.changed` at `sequence`, unless a newer one is stored. */
export async function writeOnboardingGenres(tx: Prisma.TransactionClient, userId: string, genres: readonly string[], sequence: number): Promise<boolean> {
  const written = await tx.$executeRaw`
    INSERT INTO "recommendations"."viewer" AS v ("user_id", "personalization", "onboarding_genres", "preferences_version", "consents_version")
    VALUES (${userId}::uuid, false, ${genres.map((g) => g.toLowerCase())}::text[], ${sequence}::bigint, 0)
    ON CONFLICT ("user_id") DO UPDATE
       SET "onboarding_genres" = EXCLUDED."onboarding_genres", "preferences_version" = EXCLUDED."preferences_version", "updated_at" = now()
     WHERE v."preferences_version" < EXCLUDED."preferences_version"`;
  return written > 0;
}

/**
 * Sets the PERSONALIZATION consent from an `identity.consents.changed` at `sequence`, unless a newer one is stored.
 * The row lock this takes is what interaction writes wait on (`FOR SHARE` in `consentedToPersonalization`), so a
 * withdrawal and an interaction write never both commit unseen by the other. True when written.
 */
export async function writePersonalizationConsent(tx: Prisma.TransactionClient, userId: string, granted: boolean, sequence: number): Promise<boolean> {
  const written = await tx.$executeRaw`
    INSERT INTO "recommendations"."viewer" AS v ("user_id", "personalization", "onboarding_genres", "preferences_version", "consents_version")
    VALUES (${userId}::uuid, ${granted}, '{}'::text[], 0, ${sequence}::bigint)
    ON CONFLICT ("user_id") DO UPDATE
       SET "personalization" = EXCLUDED."personalization", "consents_version" = EXCLUDED."consents_version", "updated_at" = now()
     WHERE v."consents_version" < EXCLUDED."consents_version"`;
  return written > 0;
}

/** Whether the user consented to personalisation, read with a share lock so a concurrent withdrawal waits for us. */
export async function consentedToPersonalization(tx: Prisma.TransactionClient, userId: string): Promise<boolean> {
  const rows = await tx.$queryRaw<Array<{ personalization: boolean }>>`
    SELECT "personalization" FROM "recommendations"."viewer" WHERE "user_id" = ${userId}::uuid FOR SHARE`;
  return rows[0]?.personalization === true;
}

/** Forgets the user (account erasure). */
export async function deleteViewer(tx: Prisma.TransactionClient, userId: string): Promise<void> {
  await tx.recommendationsViewer.deleteMany({ where: { userId } });
}
