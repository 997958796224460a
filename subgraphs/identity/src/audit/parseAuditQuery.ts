import { AUDIT_ACTIONS, isAuditAction, type AuditAction } from './auditActions.js';
import { parsed, type Parsed } from '../lib/Parsed.js';

/** §13: "page size 50 by default, max 200". */
export const AUDIT_DEFAULT_PAGE_SIZE = 50;
export const AUDIT_MAX_PAGE_SIZE = 200;
const MAX_ID_LENGTH = 200;

export interface AuditQueryInput {
  from?: Date | null;
  to?: Date | null;
  userId?: string | null;
  action?: string | null;
  resourceType?: string | null;
  resourceId?: string | null;
  pageSize?: number | null;
  /** Opaque cursor from the previous page; its format belongs to the store. */
  after?: string | null;
}

export interface AuditQuery {
  /** Inclusive. */
  from: Date | null;
  /** Exclusive, so consecutive ranges [a, b) and [b, c) neither overlap nor leave a gap. */
  to: Date | null;
  userId: string | null;
  action: AuditAction | null;
  resourceType: string | null;
  resourceId: string | null;
  pageSize: number;
  after: string | null;
}

/** Validates an audit-log query (§13: by date range, user, action, resource), reporting every problem at once. */
export function parseAuditQuery(input: AuditQueryInput): Parsed<AuditQuery> {
  const problems: string[] = [];

  const from = input.from ?? null;
  const to = input.to ?? null;
  if (from !== null && Number.isNaN(from.getTime())) problems.push('from is not a valid date');
  if (to !== null && Number.isNaN(to.getTime())) problems.push('to is not a valid date');
  if (from !== null && to !== null && from.getTime() >= to.getTime()) problems.push('from must be earlier than to');

  const text = (name: string, value: string | null | undefined): string | null => {
    if (value == null) return null;
    if (value.length === 0 || value.length > MAX_ID_LENGTH) problems.push(`${name} must be 1 to ${MAX_ID_LENGTH} characters, got ${value.length}`);
    return value;
  };
  const userId = text('userId', input.userId);
  const resourceType = text('resourceType', input.resourceType);
  const resourceId = text('resourceId', input.resourceId);
  // An id means nothing without its type: "resource 42" could be any table's row 42.
  if (resourceId !== null && resourceType === null) problems.push('resourceId needs resourceType');
  const after = text('after', input.after);

  const action = input.action ?? null;
  if (action !== null && !isAuditAction(action)) {
    problems.push(`action must be one of ${Object.keys(AUDIT_ACTIONS).join(', ')}, got ${JSON.stringify(action)}`);
  }

  const pageSize = input.pageSize ?? AUDIT_DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > AUDIT_MAX_PAGE_SIZE) {
    problems.push(`pageSize must be between 1 and ${AUDIT_MAX_PAGE_SIZE}, got ${pageSize}`);
  }

  return parsed(problems, {
    from,
    to,
    userId,
    action: action !== null && isAuditAction(action) ? action : null,
    resourceType,
    resourceId,
    pageSize,
    after,
  });
}
