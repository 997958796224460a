import type { Prisma, PrismaClient } from '@media-gateway/db';
import { feedbackWeight, type Interaction, type InteractionKind } from '@media-gateway/recommender';
import { conversionMetric, matchConversions } from '../experiments/conversionMetric.js';
import { consentedToPersonalization } from './ViewerStore.js';

/** One interaction of a profile with a title, as stored. */
export interface InteractionRecord {
  userId: string;
  profileId: string;
  titleId: string;
  kind: InteractionKind;
  /** Epoch ms. */
  at: number;
  completion?: number;
  rating?: number;
}

/** The key a profile's row has in the models (ALS users are profiles: one account's viewers differ in taste). */
export function profileKey(userId: string, profileId: string): string {
  return `${userId}:${profileId}`;
}

/** The recommender's view of a record, keyed by profile. */
export function toInteraction(record: InteractionRecord): Interaction {
  return {
    userId: profileKey(record.userId, record.profileId),
    itemId: record.titleId,
    kind: record.kind,
    at: record.at,
    ...(record.completion !== undefined ? { completion: record.completion } : {}),
    ...(record.rating !== undefined ? { rating: record.rating } : {}),
  };
}

/**
 * Records an interaction — only when the user has the PERSONALIZATION consent, checked in this transaction (issue 7:
 * "nothing is recorded without the user's personalisation consent"). `eventId` makes a replayed event a no-op. Then
 * logs the experiment conversions it makes in experiments not yet COMPLETED. True when recorded.
 */
export async function recordInteraction(tx: Prisma.TransactionClient, record: InteractionRecord, eventId: string | null): Promise<boolean> {
  if (!(await consentedToPersonalization(tx, record.userId))) return false;
  const value = feedbackWeight(toInteraction(record));
  const inserted = await tx.$executeRaw`
    INSERT INTO "recommendations"."interaction" ("event_id", "user_id", "profile_id", "title_id", "kind", "value", "completion", "rating", "at")
    VALUES (${eventId}::uuid, ${record.userId}::uuid, ${record.profileId}::uuid, ${record.titleId}::uuid, ${record.kind}, ${value},
            ${record.completion ?? null}::double precision, ${record.rating ?? null}::int, ${new Date(record.at)})
    ON CONFLICT ("event_id") DO NOTHING`;
  if (inserted === 0) return false;
  const metric = conversionMetric(record);
  if (metric) {
    const all = await tx.recommendationsExperimentAssignment.findMany({ where: { profileId: record.profileId, userId: record.userId } });
    // A COMPLETED experiment's results are final: later interactions convert nothing in it.
    const completed = all.length === 0 ? [] : await tx.recommendationsExperiment.findMany({ where: { name: { in: all.map((e) => e.experimentName) }, status: 'COMPLETED' }, select: { name: true } });
    const exposures = all.filter((e) => !completed.some((c) => c.name === e.experimentName));
    const matched = matchConversions(
      exposures.map((e) => ({ experimentName: e.experimentName, variant: e.variant, exposedAt: e.exposedAt.getTime(), recommended: e.recommended })),
      record.titleId,
      record.at,
    );
    if (matched.length > 0) {
      await tx.recommendationsExperimentConversion.createMany({
        data: matched.map((e) => ({ experimentName: e.experimentName, profileId: record.profileId, titleId: record.titleId, metric, variant: e.variant, at: new Date(record.at) })),
        skipDuplicates: true,
      });
    }
  }
  return true;
}

/** Deletes everything personal the models learn from: the user's interactions and adapters (consent withdrawn, erasure). */
export async function deletePersonalData(tx: Prisma.TransactionClient, userId: string): Promise<void> {
  await tx.recommendationsInteraction.deleteMany({ where: { userId } });
  await tx.recommendationsUserAdapter.deleteMany({ where: { userId } });
}

/** Reads of the interaction log. */
export class InteractionStore {
  constructor(private readonly prisma: PrismaClient) {}

  /** One profile's interactions, oldest first (at most the latest `limit`). */
  async forProfile(userId: string, profileId: string, limit = 2_000): Promise<InteractionRecord[]> {
    const rows = await this.prisma.recommendationsInteraction.findMany({
      where: { userId, profileId },
      orderBy: [{ at: 'desc' }, { id: 'desc' }],
      take: limit,
    });
    return rows.reverse().map(toRecord);
  }

  /** Everything the trainer learns from, with the highest id read (the next training's "changed since"). */
  async all(limit = 500_000): Promise<{ records: InteractionRecord[]; lastId: bigint }> {
    const rows = await this.prisma.recommendationsInteraction.findMany({ orderBy: { id: 'desc' }, take: limit });
    return { records: rows.reverse().map(toRecord), lastId: rows[0]?.id ?? 0n };
  }

  /** The newest interaction id and how many rows there are: a change (insert or delete) moves one of them. */
  async watermark(): Promise<string> {
    const [row] = await this.prisma.$queryRaw<Array<{ last: bigint | null; n: bigint }>>`
      SELECT max("id") AS last, count(*) AS n FROM "recommendations"."interaction"`;
    return `${row?.last ?? 0}:${row?.n ?? 0}`;
  }
}

function toRecord(row: { userId: string; profileId: string; titleId: string; kind: string; at: Date; completion: number | null; rating: number | null }): InteractionRecord {
  return {
    userId: row.userId,
    profileId: row.profileId,
    titleId: row.titleId,
    kind: row.kind as InteractionKind,
    at: row.at.getTime(),
    ...(row.completion !== null ? { completion: row.completion } : {}),
    ...(row.rating !== null ? { rating: row.rating } : {}),
  };
}
