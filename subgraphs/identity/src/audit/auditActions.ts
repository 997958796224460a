/**
 * The closed set of audit actions the identity subgraph writes (§13), each with what it records and whether it is
 * critical. Critical entries are kept 365 days instead of 90 (§13 "critical events kept 365 d"); the rule is that
 * an entry is critical when it changes who can act as the user, uses admin power, or records a detected attack.
 *
 * §13 also lists CONTENT_CREATED/UPDATED/DELETED: those are the catalog's to write, not identity's.
 */
export const AUDIT_ACTIONS = {
  AUTH_LOGIN: { description: 'A user signed in (any method).', critical: false },
  AUTH_LOGOUT: { description: 'A user signed out; the session and its token family were revoked.', critical: false },
  AUTH_FAILED: { description: 'A sign-in failed (wrong password, unknown email, bad MFA). Feeds the §15 failed-login alert.', critical: false },
  AUTH_REGISTER: { description: 'An account was registered with email and password.', critical: false },
  AUTH_PASSWORD_RESET: { description: 'A password was reset through an emailed token.', critical: true },
  EMAIL_VERIFIED: { description: 'An email address was verified.', critical: false },
  USER_CREATED: { description: 'A user record was created (registration or first OAuth sign-in).', critical: false },
  USER_UPDATED: { description: 'A profile field changed (§7: every profile change is audited).', critical: false },
  USER_DELETED: { description: 'An account was deleted (soft delete or GDPR erasure).', critical: true },
  ADMIN_ACTION: { description: 'An admin changed another user (role, suspension, verification, hard delete).', critical: true },
  ADMIN_IMPERSONATE: { description: 'An admin obtained a 15-minute impersonation token for a user.', critical: true },
  API_KEY_CREATED: { description: 'An API key was created.', critical: true },
  API_KEY_REVOKED: { description: 'An API key was revoked.', critical: false },
  MFA_ENROLLED: { description: 'TOTP was enrolled and confirmed.', critical: false },
  MFA_DISABLED: { description: 'MFA was turned off.', critical: true },
  MFA_FAILED: { description: 'A TOTP or backup code was rejected (including replays and rate-limited attempts).', critical: false },
  PASSWORD_CHANGED: { description: 'A signed-in user changed their password.', critical: true },
  SESSIONS_REVOKED: { description: 'Sessions and token families were revoked in bulk (revoke-all, password change).', critical: false },
  TOKEN_REPLAY_DETECTED: { description: 'A used or revoked refresh token was presented; its family was revoked (§6, CRITICAL).', critical: true },
} as const satisfies Record<string, { description: string; critical: boolean }>;

export type AuditAction = keyof typeof AUDIT_ACTIONS;

export function isAuditAction(value: string): value is AuditAction {
  return Object.hasOwn(AUDIT_ACTIONS, value);
}
