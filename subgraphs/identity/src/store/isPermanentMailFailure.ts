/** nodemailer's error codes for a message the server (or nodemailer itself) refused, as opposed to a failed link. */
const REFUSED_MESSAGE = new Set(['EENVELOPE', 'EMESSAGE']);

/**
 * Whether retrying a failed delivery is pointless: the message itself was refused, either by the server with a 5xx
 * reply to MAIL, RCPT or DATA (RFC 5321 §4.2.1, "permanent negative completion", e.g. 550 mailbox unavailable), or
 * by nodemailer before sending (an address it cannot use). Everything else may pass on a later attempt: 4xx replies,
 * timeouts, refused or dropped connections, TLS trouble, and even a 5xx to AUTH, which is the relay's
 * configuration failing, not this message.
 */
export function isPermanentMailFailure(error: unknown): boolean {
  const { code, responseCode } = (error ?? {}) as { code?: unknown; responseCode?: unknown };
  if (typeof code !== 'string' || !REFUSED_MESSAGE.has(code)) return false;
  return typeof responseCode !== 'number' || (responseCode >= 500 && responseCode < 600);
}
