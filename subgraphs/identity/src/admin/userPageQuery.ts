import { decodeCursor, encodeCursor } from '../lib/opaqueCursor.js';
import { isUuid } from '../lib/isUuid.js';
import { parsed, type Parsed } from '../lib/Parsed.js';
import type { UserPageQuery, UserRecord } from '../store/AccountStore.js';

export const USERS_MAX_PAGE_SIZE = 100;

/** The admin `users` arguments as a store query, reporting every problem at once. */
export function parseUserPageQuery(args: { status?: string | null; first?: number | null; after?: string | null }): Parsed<UserPageQuery> {
  const problems: string[] = [];
  const first = args.first ?? 20;
  if (!Number.isInteger(first) || first < 1 || first > USERS_MAX_PAGE_SIZE) problems.push(`first must be between 1 and ${USERS_MAX_PAGE_SIZE}, got ${first}`);
  let after: UserPageQuery['after'] = null;
  if (args.after != null) {
    const [createdAt, id] = decodeCursor(args.after) ?? [];
    const at = typeof createdAt === 'string' ? new Date(createdAt) : null;
    if (at === null || Number.isNaN(at.getTime()) || typeof id !== 'string' || !isUuid(id)) problems.push('after is not a cursor of this connection');
    else after = { createdAt: at, id };
  }
  return parsed(problems, { status: args.status ?? null, first, after });
}

export function userCursor(user: UserRecord): string {
  return encodeCursor([user.createdAt.toISOString(), user.id]);
}
