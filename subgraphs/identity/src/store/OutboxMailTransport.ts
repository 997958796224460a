import type { Db } from './Db.js';
import type { MailMessage, MailTransport } from './MailTransport.js';

/**
 * The default transport: writes `identity.mail_outbox` rows in the caller's transaction (the outbox pattern), for
 * a relay to send and stamp `sentAt`. The relay and its SMTP adapter are a later piece of work
 * (TODO(identity:smtp-relay)); until then mail waits in the table, which is also what tests read.
 */
export class OutboxMailTransport implements MailTransport {
  constructor(private readonly db: Db) {}

  async send(message: MailMessage, db: Db = this.db): Promise<void> {
    await db.mailOutbox.create({ data: { to: message.to, subject: message.subject, textBody: message.text } });
  }
}
