import nodemailer, { type Transporter } from 'nodemailer';
import type { MailMessage, MailTransport } from './MailTransport.js';

export interface SmtpMailTransportOptions {
  /**
   * The SMTP server, as nodemailer reads it: `smtp://` (STARTTLS when offered) or `smtps://` (TLS from the start),
   * with credentials in the URL when it needs them.
   * @example 'smtps://user:pass@smtp.example.com:465'
   */
  url: string;
  /** The `From` of every message. @example 'Media Gateway <no-reply@example.com>' */
  from: string;
  /**
   * Deadline for each step of a delivery (connect, greeting, every later reply), so a stuck server cannot hold a
   * relay's row lock for long.
   * @default 15000
   */
  timeoutMs?: number;
}

/**
 * Sends account mail over SMTP with nodemailer. It sends at once and ignores the caller's transaction, so it is the
 * transport of the outbox relay (`MailOutboxRelay`), not of the services: they keep writing to the outbox, and the
 * relay hands committed rows to this class. Fails with nodemailer's error, which carries the server's
 * `responseCode` when there was one (see `isPermanentMailFailure`).
 */
export class SmtpMailTransport implements MailTransport {
  private readonly transporter: Transporter;

  constructor(options: SmtpMailTransportOptions) {
    if (!URL.canParse(options.url) || !['smtp:', 'smtps:'].includes(new URL(options.url).protocol)) {
      throw new TypeError('SmtpMailTransport: `url` must be an smtp:// or smtps:// URL');
    }
    if (!options.from) throw new TypeError('SmtpMailTransport: `from` is required');
    const timeoutMs = options.timeoutMs ?? 15_000;
    this.transporter = nodemailer.createTransport(
      { url: options.url, connectionTimeout: timeoutMs, greetingTimeout: timeoutMs, socketTimeout: timeoutMs },
      { from: options.from },
    );
  }

  async send(message: MailMessage): Promise<void> {
    await this.transporter.sendMail({ to: message.to, subject: message.subject, text: message.text });
  }

  /** Closes pooled connections; nothing is queued in this class, so nothing is lost. */
  close(): void {
    this.transporter.close();
  }
}
