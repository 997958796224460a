import type { Device } from '../lib/results.js';
import { formatTable } from './formatTable.js';

/** The user's devices, this CLI's own marked with `*`. */
export function formatDevices(devices: readonly Device[], thisDevice: string | undefined): string {
  if (devices.length === 0) return 'No devices registered.';
  return formatTable(
    ['', 'ID', 'NAME', 'TYPE', 'PLATFORM', 'STATUS', 'PLAYING'],
    devices.map((device) => [
      device.id === thisDevice ? '*' : '',
      device.id,
      device.name,
      device.type.toLowerCase(),
      device.platform,
      device.status.toLowerCase() + (device.state ? ` (${device.state.toLowerCase()})` : ''),
      device.nowPlaying?.name ?? '',
    ]),
  );
}
