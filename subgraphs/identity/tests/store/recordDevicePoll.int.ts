import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient, type DbClient } from '@media-gateway/db';
import { createTestDatabase, type TestDatabase } from '@media-gateway/testing';
import { recordDevicePoll } from '../../src/store/recordDevicePoll.js';

let database: TestDatabase;
let db: DbClient;
const t0 = Date.parse('2026-06-01T12:00:00Z');
const expiresAt = new Date(t0 + 900_000);

beforeAll(async () => {
  database = await createTestDatabase();
  db = createPrismaClient({ connectionString: database.url, poolMax: database.poolMax });
});

afterAll(async () => {
  await db?.dispose();
  await database?.dispose();
});

const pollAt = (deviceCode: string, ms: number) => recordDevicePoll(db.prisma, { deviceCode, now: new Date(t0 + ms), interval: 5, expiresAt });

describe('recordDevicePoll (RFC 8628 §3.5)', () => {
  it('lets the first poll and polls at the interval through, and adds 5 s for every poll that comes too early', async () => {
    expect(await pollAt('code-a', 0)).toEqual({ tooFast: false, interval: 5 });
    expect(await pollAt('code-a', 5_000)).toEqual({ tooFast: false, interval: 5 });
    expect(await pollAt('code-a', 9_999)).toEqual({ tooFast: true, interval: 10 });
    expect(await pollAt('code-a', 19_000)).toEqual({ tooFast: true, interval: 15 });
    expect(await pollAt('code-a', 34_000)).toEqual({ tooFast: false, interval: 15 });
  });

  it('keeps codes apart and stores none of them in the clear', async () => {
    await pollAt('code-b', 0);
    expect(await pollAt('code-c', 1)).toEqual({ tooFast: false, interval: 5 });

    const rows = await db.prisma.oidcModel.findMany({ where: { type: 'DevicePoll' } });
    expect(JSON.stringify(rows)).not.toMatch(/code-[abc]/);
  });

  it('lets one of two simultaneous polls through and slows the other', async () => {
    await pollAt('code-d', 0);
    const results = await Promise.all([pollAt('code-d', 6_000), pollAt('code-d', 6_000)]);

    expect(results.map((r) => r.tooFast).sort()).toEqual([false, true]);
  });
});
