import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, isAuditAction } from '../../src/audit/auditActions.js';
import { auditRetentionDays } from '../../src/audit/auditRetentionDays.js';

describe('audit actions', () => {
  it('is the closed list of §13 plus the identity additions', () => {
    expect(Object.keys(AUDIT_ACTIONS)).toEqual([
      'AUTH_LOGIN', 'AUTH_LOGOUT', 'AUTH_FAILED', 'AUTH_REGISTER', 'AUTH_PASSWORD_RESET', 'EMAIL_VERIFIED',
      'USER_CREATED', 'USER_UPDATED', 'USER_DELETED', 'ADMIN_ACTION', 'ADMIN_IMPERSONATE', 'API_KEY_CREATED', 'API_KEY_REVOKED',
      'MFA_ENROLLED', 'MFA_DISABLED', 'MFA_FAILED', 'PASSWORD_CHANGED', 'SESSIONS_REVOKED', 'TOKEN_REPLAY_DETECTED',
    ]);
    expect(isAuditAction('AUTH_LOGIN')).toBe(true);
    expect(isAuditAction('toString')).toBe(false);
    expect(isAuditAction('CONTENT_CREATED')).toBe(false);
  });

  it('keeps critical entries 365 days and the rest 90', () => {
    expect(auditRetentionDays('TOKEN_REPLAY_DETECTED')).toBe(365);
    expect(auditRetentionDays('ADMIN_IMPERSONATE')).toBe(365);
    expect(auditRetentionDays('AUTH_LOGIN')).toBe(90);
  });
});
