import type { PrismaClient } from '@media-gateway/db';
import type { LowRankAdapter } from '@media-gateway/recommender';

/** Per-profile adapters (`recommendations.user_adapter`): A then B as little-endian float32 bytes. */
export class AdapterStore {
  constructor(private readonly prisma: PrismaClient) {}

  async get(userId: string, profileId: string): Promise<LowRankAdapter | null> {
    const row = await this.prisma.recommendationsUserAdapter.findUnique({ where: { userId_profileId: { userId, profileId } } });
    if (!row) return null;
    const floats = new Float32Array(row.bytes.buffer.slice(row.bytes.byteOffset, row.bytes.byteOffset + row.bytes.byteLength));
    const size = row.rank * row.dims;
    if (floats.length !== 2 * size) return null;
    return { rank: row.rank, dims: row.dims, alpha: row.alpha, a: floats.slice(0, size), b: floats.slice(size), version: row.version, updatedAt: row.updatedAt.getTime() };
  }

  async put(userId: string, profileId: string, adapter: LowRankAdapter): Promise<void> {
    const floats = new Float32Array(adapter.a.length + adapter.b.length);
    floats.set(adapter.a, 0);
    floats.set(adapter.b, adapter.a.length);
    const bytes = new Uint8Array(floats.buffer);
    const data = { rank: adapter.rank, dims: adapter.dims, alpha: adapter.alpha, bytes, version: adapter.version, updatedAt: new Date(adapter.updatedAt) };
    await this.prisma.recommendationsUserAdapter.upsert({
      where: { userId_profileId: { userId, profileId } },
      create: { userId, profileId, ...data },
      update: data,
    });
  }
}
