import { deviceLimitForRole } from '@media-gateway/auth';
import type { DeviceRecord } from './DeviceRecord.js';
import { badUserInput, deviceError, deviceNotFound } from './deviceErrors.js';
import type { DeviceOwner } from './deviceOwner.js';
import type { DeviceStore } from './DeviceStore.js';
import { isUuid } from '../lib/isUuid.js';
import { validateDeviceInput, validateDeviceName, type RegisterDeviceInput } from './validateDeviceInput.js';

/**
 * The device registry (§8): registration within the role's device limit (§6: free 2, premium 10, admin unlimited),
 * rename, removal, lookup. Everything is scoped by the owner; another user's device answers NOT_FOUND exactly like a
 * device that does not exist.
 */
export class DeviceRegistry {
  constructor(private readonly store: DeviceStore) {}

  async register(owner: DeviceOwner, input: RegisterDeviceInput): Promise<{ device: DeviceRecord; devices: DeviceRecord[] }> {
    const validated = validateDeviceInput(input);
    if (validated.problems) throw badUserInput(validated.problems);
    const limit = deviceLimitForRole(owner.role);
    const outcome = await this.store.insertWithinLimit(owner.userId, validated.value, limit);
    if (outcome.limitReached) {
      const { limit: max } = outcome.limitReached;
      throw deviceError('DEVICE_LIMIT_REACHED', `your plan allows ${max} device${max === 1 ? '' : 's'}; remove one to add another`, { limit: max });
    }
    return { device: outcome.inserted, devices: outcome.devices };
  }

  list(userId: string): Promise<DeviceRecord[]> {
    return this.store.list(userId);
  }

  /** The device, or null when it is unknown or another user's (a malformed id included). */
  async find(userId: string, deviceId: string): Promise<DeviceRecord | null> {
    return isUuid(deviceId) ? this.store.get(userId, deviceId) : null;
  }

  /** The device, or NOT_FOUND. The sync subgraph's library mutations call this for their `deviceId`. */
  async requireOwned(userId: string, deviceId: string): Promise<DeviceRecord> {
    const device = await this.find(userId, deviceId);
    if (!device) throw deviceNotFound();
    return device;
  }

  async rename(userId: string, deviceId: string, rawName: string): Promise<DeviceRecord> {
    const name = validateDeviceName(rawName);
    if (name.problems) throw badUserInput(name.problems);
    const device = isUuid(deviceId) ? await this.store.rename(userId, deviceId, name.value) : null;
    if (!device) throw deviceNotFound();
    return device;
  }

  async remove(userId: string, deviceId: string): Promise<DeviceRecord> {
    const device = isUuid(deviceId) ? await this.store.remove(userId, deviceId) : null;
    if (!device) throw deviceNotFound();
    return device;
  }
}
