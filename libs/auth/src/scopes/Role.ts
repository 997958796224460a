/** The implemented roles of spec §6 (RBAC). The spec's extras (family_admin, partner, moderator) are not built yet. */
export const ROLES = ['anonymous', 'free', 'premium', 'admin', 'service'] as const;

export type Role = (typeof ROLES)[number];

const KNOWN: ReadonlySet<string> = new Set(ROLES);

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && KNOWN.has(value);
}

/**
 * §6 names the implemented roles `Anonymous, FreeUser, PremiumUser, Admin, ServiceAccount`, and a token may carry
 * either spelling in `user_role`/`roles`. Case and `_`/`-` are ignored: `FreeUser`, `free_user` and `free` are all
 * `free`. Anything else is `undefined`, never a guess.
 */
export function parseRole(value: unknown): Role | undefined {
  if (typeof value !== 'string') return undefined;
  return ALIASES.get(value.toLowerCase().replace(/[_-]/g, ''));
}

const ALIASES: ReadonlyMap<string, Role> = new Map([
  ['anonymous', 'anonymous'],
  ['free', 'free'],
  ['freeuser', 'free'],
  ['premium', 'premium'],
  ['premiumuser', 'premium'],
  ['admin', 'admin'],
  ['service', 'service'],
  ['serviceaccount', 'service'],
]);
