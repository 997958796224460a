import { AUDIT_ACTIONS, type AuditAction } from './auditActions.js';

/** §13: audit entries are kept 90 days by default and critical ones 365. Legal holds are the store's concern. */
export const AUDIT_RETENTION_DAYS = 90;
export const CRITICAL_AUDIT_RETENTION_DAYS = 365;

export function auditRetentionDays(action: AuditAction): number {
  return AUDIT_ACTIONS[action].critical ? CRITICAL_AUDIT_RETENTION_DAYS : AUDIT_RETENTION_DAYS;
}
