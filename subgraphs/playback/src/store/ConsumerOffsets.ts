import type { Prisma, PrismaClient } from '@media-gateway/db';

/** Where each of playback's consumers got to in each source (`playback.consumer_offset`). */
export class ConsumerOffsets {
  constructor(private readonly prisma: PrismaClient) {}

  /** The last sequence the group applied from the source, or 0. */
  async last(group: string, source: string): Promise<number> {
    const row = await this.prisma.playbackConsumerOffset.findUnique({ where: { group_source: { group, source } } });
    return row ? Number(row.lastSequence) : 0;
  }
}

/** Records a consumer's position in the transaction of what it applied; never moves it back. */
export async function advanceOffset(tx: Prisma.TransactionClient, group: string, source: string, sequence: number): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO "playback"."consumer_offset" AS c ("consumer_group", "source", "last_sequence")
    VALUES (${group}, ${source}, ${sequence}::bigint)
    ON CONFLICT ("consumer_group", "source") DO UPDATE
       SET "last_sequence" = greatest(c."last_sequence", EXCLUDED."last_sequence"), "updated_at" = now()`;
}
