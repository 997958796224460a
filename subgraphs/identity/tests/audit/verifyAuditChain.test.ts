import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { anonymizeAuditEntry } from '../../src/audit/anonymizeAuditEntry.js';
import type { AuditEntry, SealedAuditEntry } from '../../src/audit/AuditEntry.js';
import { auditEntryHash } from '../../src/audit/auditEntryHash.js';
import { sealAuditEntry } from '../../src/audit/sealAuditEntry.js';
import { verifyAuditChain } from '../../src/audit/verifyAuditChain.js';

const start = Date.parse('2025-03-01T12:00:00Z');

function entry(i: number, overrides: Partial<AuditEntry> = {}): AuditEntry {
  return {
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    timestamp: new Date(start + i * 1000),
    userId: 'user-1',
    action: i % 2 ? 'AUTH_LOGIN' : 'USER_UPDATED',
    resourceType: 'user',
    resourceId: 'user-1',
    details: { field: 'displayName', attempt: i },
    ip: '203.0.113.7',
    userAgent: 'Mozilla/5.0',
    ...overrides,
  };
}

function chain(length: number): SealedAuditEntry[] {
  const out: SealedAuditEntry[] = [];
  for (let i = 0; i < length; i++) out.push(sealAuditEntry(out.at(-1)?.hash ?? null, entry(i)));
  return out;
}

describe('auditEntryHash', () => {
  it('is SHA-256 hex, depends on the previous hash, and is stable across key order', () => {
    const e = entry(1);
    const hash = auditEntryHash(null, e);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(auditEntryHash('a'.repeat(64), e)).not.toBe(hash);
    // As read back from Postgres jsonb, which reorders keys.
    const reordered = { ...e, details: JSON.parse('{"attempt":1,"field":"displayName"}') as AuditEntry['details'] };
    expect(auditEntryHash(null, reordered)).toBe(hash);
  });

  it('commits to every field', () => {
    const base = entry(1);
    const hash = auditEntryHash(null, base);
    const edits: Partial<AuditEntry>[] = [
      { id: 'other' },
      { timestamp: new Date(start) },
      { userId: 'user-2' },
      { action: 'ADMIN_ACTION' },
      { resourceType: 'apiKey' },
      { resourceId: 'user-2' },
      { details: { field: 'email', attempt: 1 } },
      { ip: '203.0.113.8' },
      { userAgent: 'curl/8' },
    ];
    for (const edit of edits) expect(auditEntryHash(null, { ...base, ...edit }), JSON.stringify(edit)).not.toBe(hash);
  });
});

describe('verifyAuditChain (§13 append-only hash chain)', () => {
  it('accepts an intact chain', () => {
    expect(verifyAuditChain(chain(5))).toBe(-1);
    expect(verifyAuditChain([])).toBe(-1);
  });

  it('finds an edited entry', () => {
    const entries = chain(5);
    entries[2] = { ...entries[2]!, details: { field: 'role', attempt: 2 } };
    expect(verifyAuditChain(entries)).toBe(2);
  });

  it('finds an edit whose hash was recomputed at the next link', () => {
    const entries = chain(5);
    const edited = { ...entries[2]!, action: 'AUTH_LOGOUT' as const };
    entries[2] = { ...edited, hash: auditEntryHash(edited.previousHash, edited) };
    expect(verifyAuditChain(entries)).toBe(3);
  });

  it('finds a deleted entry', () => {
    const entries = chain(5);
    entries.splice(2, 1);
    expect(verifyAuditChain(entries)).toBe(2);
  });

  it('finds a deleted first entry and swapped entries', () => {
    expect(verifyAuditChain(chain(5).slice(1))).toBe(0);
    const swapped = chain(5);
    [swapped[1], swapped[2]] = [swapped[2]!, swapped[1]!];
    expect(verifyAuditChain(swapped)).toBe(1);
  });

  it('verifies a window of the chain against its anchor', () => {
    const entries = chain(6);
    expect(verifyAuditChain(entries.slice(3), entries[2]!.hash)).toBe(-1);
    expect(verifyAuditChain(entries.slice(3), entries[1]!.hash)).toBe(0);
  });

  it('still verifies after GDPR erasure, which leaves no personal data', () => {
    const entries = chain(4).map((e, i) => (i === 1 ? anonymizeAuditEntry(e) : e));
    const erased = entries[1]!;
    expect(erased.userId).toMatch(/^anon:[0-9a-f]{64}$/);
    expect(erased.ip).toMatch(/^anon:[0-9a-f]{64}$/);
    expect(erased.userAgent).toMatch(/^anon:[0-9a-f]{64}$/);
    expect(JSON.stringify(erased)).not.toContain('203.0.113.7');
    expect(verifyAuditChain(entries)).toBe(-1);
    // Erasure is idempotent, and the digest differs per row so erased rows cannot be linked to each other.
    expect(anonymizeAuditEntry(erased)).toEqual(erased);
    expect(anonymizeAuditEntry(entries[2]!).userId).not.toBe(erased.userId);
    expect(erased.userId).toBe(`anon:${createHash('sha256').update(`${erased.id}\0user-1`).digest('hex')}`);
  });

  it('detects a personal field changed to another value', () => {
    const entries = chain(3);
    entries[1] = { ...entries[1]!, userId: 'user-2' };
    expect(verifyAuditChain(entries)).toBe(1);
  });
});
