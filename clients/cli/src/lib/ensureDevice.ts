import { hostname } from 'node:os';
import { MediaGatewayError, operations } from '@media-gateway/sdk';
import type { CommandContext } from '../CommandContext.js';
import { VERSION } from './version.js';

/** How this CLI appears in `devices list` (1–64 characters). */
export function cliDeviceName(host = hostname()): string {
  return `media-gateway CLI (${host})`.slice(0, 64);
}

/**
 * This CLI's registered device id, registering it once (type CLI) and remembering it in the profile's config. A
 * remembered id is checked first: after a sign-in as someone else, or `devices remove`, it no longer belongs to the
 * user, and watchlist changes from it would be refused. Before registering, a CLI device of the same name is
 * reused, so signing in again on one machine does not use up the plan's device slots (free accounts have 2).
 * Offline, the remembered id is used as it is: changes are queued and sent later.
 */
export async function ensureDevice(ctx: CommandContext): Promise<string> {
  const client = ctx.client();
  const remembered = ctx.settings.device;
  if (remembered) {
    try {
      const { device } = await client.request(operations.DeviceStatus, { id: remembered }, { signal: ctx.signal });
      if (device) return device.id;
    } catch (error) {
      if (error instanceof MediaGatewayError && (error.code === 'NETWORK' || error.code === 'UNAVAILABLE')) return remembered;
      throw error;
    }
  }
  const name = cliDeviceName();
  const { devices } = await client.request(operations.Devices, {}, { signal: ctx.signal });
  let id = devices.find((device) => device.type === 'CLI' && device.name === name)?.id;
  if (!id) {
    const input = { name, type: 'CLI' as const, platform: 'CLI', appVersion: VERSION, capabilities: { remoteControllable: false, canCast: true, canReceiveCast: false } };
    id = (await client.request(operations.RegisterDevice, { input }, { signal: ctx.signal })).registerDevice.device.id;
  }
  await ctx.config.set(ctx.settings.profileName, 'device', id);
  return id;
}
