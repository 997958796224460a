import type { PrismaClient } from '@media-gateway/db';
import type { KnownIds } from '../ingestion/types.js';

/** The ids earlier imports assigned, so re-importing the same records lands on the same titles. */
export async function loadKnownIds(prisma: PrismaClient): Promise<KnownIds> {
  const [records, externalIds] = await Promise.all([
    prisma.sourceRecord.findMany({ select: { source: true, sourceKey: true, titleId: true } }),
    prisma.externalId.findMany({ select: { system: true, value: true, titleId: true } }),
  ]);
  return {
    bySourceRecord: new Map(records.map((r) => [`${r.source}:${r.sourceKey}`, r.titleId])),
    byExternalId: new Map(externalIds.map((e) => [`${e.system}:${e.value}`, e.titleId])),
  };
}
