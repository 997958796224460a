import { describe, expect, it } from 'vitest';
import { computeMigrationChecksum, migrationChecksumMatches } from '@media-gateway/db';

describe('computeMigrationChecksum', () => {
  it('is the zero-padded sha256 hex Prisma stores', () => {
    expect(computeMigrationChecksum('hello')).toBe('2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824');
    expect(computeMigrationChecksum(new TextEncoder().encode('hello'))).toBe(computeMigrationChecksum('hello'));
  });
});

describe('migrationChecksumMatches', () => {
  const lf = 'CREATE TABLE a (id int);\nCREATE TABLE b (id int);\n';
  const crlf = lf.replaceAll('\n', '\r\n');

  it('matches the same script and rejects a changed one', () => {
    expect(migrationChecksumMatches(lf, computeMigrationChecksum(lf))).toBe(true);
    expect(migrationChecksumMatches('abc', computeMigrationChecksum('abcd'))).toBe(false);
    expect(migrationChecksumMatches('abc\n', computeMigrationChecksum('abc'))).toBe(false);
  });

  it('ignores line endings either way, as Prisma does for Windows checkouts', () => {
    expect(migrationChecksumMatches(crlf, computeMigrationChecksum(lf))).toBe(true);
    expect(migrationChecksumMatches(lf, computeMigrationChecksum(crlf))).toBe(true);
  });

  it('accepts the unpadded checksums old Prisma engines wrote (prisma-engines#1887)', () => {
    const padded = computeMigrationChecksum(lf);
    const unpadded = padded.match(/../g)!.map((byte) => byte.replace(/^0/, '')).join('');
    expect(unpadded.length).toBeLessThan(64);

    expect(migrationChecksumMatches(lf, unpadded)).toBe(true);
    expect(migrationChecksumMatches('other', unpadded)).toBe(false);
  });
});
