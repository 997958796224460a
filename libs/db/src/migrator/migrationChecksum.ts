import { createHash } from 'node:crypto';

/**
 * The checksum `prisma migrate` stores in `_prisma_migrations.checksum`: sha256 of the migration.sql bytes as
 * 64 lowercase hex characters (prisma-engines `schema-connector/src/checksum.rs`, `render_checksum`).
 */
export function computeMigrationChecksum(script: string | Uint8Array): string {
  return createHash('sha256').update(script).digest('hex');
}

/**
 * Whether `script` is the migration that was recorded with `checksum`, with Prisma's two allowances
 * (`script_matches_checksum` in the same file): line endings may differ (git rewrites them on Windows checkouts),
 * and checksums written by old engines dropped the leading zero of each byte
 * (https://github.com/prisma/prisma-engines/issues/1887).
 */
export function migrationChecksumMatches(script: string, checksum: string): boolean {
  const variants = [script, script.replaceAll('\r\n', '\n'), script.replaceAll('\r\n', '\n').replaceAll('\n', '\r\n')];
  return variants.some((variant) => {
    const digest = createHash('sha256').update(variant).digest();
    return checksum.length === 64 ? digest.toString('hex') === checksum : unpaddedHex(digest) === checksum;
  });
}

function unpaddedHex(bytes: Buffer): string {
  return Array.from(bytes, (byte) => byte.toString(16)).join('');
}
