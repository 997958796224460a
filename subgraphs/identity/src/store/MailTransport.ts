import type { Db } from './Db.js';

export interface MailMessage {
  to: string;
  subject: string;
  /** Plain text; links in it carry single-use tokens, so it is never logged. */
  text: string;
}

/**
 * Where account mail goes. One method, so an SMTP or provider-API adapter is a small class beside
 * `OutboxMailTransport`.
 */
export interface MailTransport {
  /**
   * Sends or queues one message. `db` is the transaction of the change that causes the mail, when there is one:
   * an outbox writes the message there, so the mail exists exactly when the change committed. A transport that
   * talks to a relay directly may ignore it.
   */
  send(message: MailMessage, db?: Db): Promise<void>;
}
