import type { Prisma, PrismaClient } from '@media-gateway/db';
import type { DeviceCapabilities, DeviceRecord, DeviceType } from './DeviceRecord.js';
import type { DeviceStore, InsertOutcome } from './DeviceStore.js';
import type { NewDevice } from './validateDeviceInput.js';

// Two-key advisory locks (class, hashtext(user id)) keep apart from the migrator's single-key lock and from the
// outbox relay's class 7_070_901; this class names "sync device registration".
const REGISTRATION_LOCK_CLASS = 7_070_902;

type DeviceRow = Prisma.SyncDeviceGetPayload<object>;

/** {@link DeviceStore} on table `sync.device`. */
export class PrismaDeviceStore implements DeviceStore {
  constructor(private readonly prisma: PrismaClient) {}

  async insertWithinLimit(userId: string, device: NewDevice, limit: number | null): Promise<InsertOutcome> {
    return this.prisma.$transaction(async (tx) => {
      // Held to commit: a second registration of the same user waits here, then counts the first one's row.
      await tx.$queryRaw`SELECT 1 AS locked FROM pg_advisory_xact_lock(${REGISTRATION_LOCK_CLASS}::int, hashtext(${userId}))`;
      if (limit !== null) {
        const count = await tx.syncDevice.count({ where: { userId } });
        if (count >= limit) return { limitReached: { limit, count } };
      }
      const row = await tx.syncDevice.create({
        data: {
          userId,
          name: device.name,
          deviceType: device.type,
          platform: device.platform,
          appVersion: device.appVersion,
          capabilities: device.capabilities as unknown as Prisma.InputJsonObject,
        },
      });
      const rows = await tx.syncDevice.findMany({ where: { userId }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
      return { inserted: toRecord(row), devices: rows.map(toRecord) };
    });
  }

  async list(userId: string): Promise<DeviceRecord[]> {
    const rows = await this.prisma.syncDevice.findMany({ where: { userId }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
    return rows.map(toRecord);
  }

  async get(userId: string, deviceId: string): Promise<DeviceRecord | null> {
    const row = await this.prisma.syncDevice.findFirst({ where: { id: deviceId, userId } });
    return row ? toRecord(row) : null;
  }

  async rename(userId: string, deviceId: string, name: string): Promise<DeviceRecord | null> {
    // Scoped by owner in the WHERE: an update by id alone could touch another user's row.
    const { count } = await this.prisma.syncDevice.updateMany({ where: { id: deviceId, userId }, data: { name } });
    return count === 0 ? null : this.get(userId, deviceId);
  }

  async remove(userId: string, deviceId: string): Promise<DeviceRecord | null> {
    const row = await this.prisma.syncDevice.findFirst({ where: { id: deviceId, userId } });
    if (!row) return null;
    // Two concurrent removals both read the row; only the one whose DELETE hit it reports it.
    const { count } = await this.prisma.syncDevice.deleteMany({ where: { id: deviceId, userId } });
    return count === 0 ? null : toRecord(row);
  }

  async recordSeen(userId: string, deviceId: string, seenAt: Date, minIntervalMs: number): Promise<void> {
    const before = new Date(seenAt.getTime() - minIntervalMs);
    await this.prisma.syncDevice.updateMany({
      where: { id: deviceId, userId, OR: [{ lastSeenAt: null }, minIntervalMs > 0 ? { lastSeenAt: { lte: before } } : { lastSeenAt: { lt: seenAt } }] },
      data: { lastSeenAt: seenAt },
    });
  }
}

function toRecord(row: DeviceRow): DeviceRecord {
  return {
    id: row.id,
    userId: row.userId,
    name: row.name,
    type: row.deviceType as DeviceType,
    platform: row.platform,
    appVersion: row.appVersion,
    capabilities: row.capabilities as unknown as DeviceCapabilities,
    createdAt: row.createdAt,
    lastSeenAt: row.lastSeenAt,
  };
}
