import type { Prisma } from '@media-gateway/db';

/** Stores the hash of each title's last published document (one statement for a whole page). */
export async function writeDocumentHashes(tx: Prisma.TransactionClient, hashes: ReadonlyMap<string, string>): Promise<void> {
  if (hashes.size === 0) return;
  await tx.$executeRawUnsafe(
    `UPDATE catalog.title AS t SET document_hash = r.hash
       FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, hash text)
      WHERE t.id = r.id`,
    JSON.stringify([...hashes].map(([id, hash]) => ({ id, hash }))),
  );
}
