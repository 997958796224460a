import type { Role } from './Role.js';

/**
 * How many devices a user of each role may register (spec §6 "Role limits", §8): free 2, premium 10, admin
 * unlimited (`null`). Anonymous callers and service accounts own no devices. `null` rather than `Infinity` so the
 * table survives JSON (config dumps, the admin API).
 */
export const DEVICE_LIMITS = {
  anonymous: 0,
  free: 2,
  premium: 10,
  admin: null,
  service: 0,
} as const satisfies Record<Role, number | null>;

/** The role's device cap, or `null` when unlimited. */
export function deviceLimitForRole(role: Role): number | null {
  return DEVICE_LIMITS[role];
}
