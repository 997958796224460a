import type { PrismaClient } from '@media-gateway/db';
import type { Logger } from '@media-gateway/runtime';
import { isPermanentMailFailure } from './isPermanentMailFailure.js';
import { DEFAULT_MAIL_RETRY_POLICY, mailRetryDelay, type MailRetryPolicy } from './mailRetryDelay.js';
import type { MailTransport } from './MailTransport.js';

export interface MailOutboxRelayOptions {
  prisma: PrismaClient;
  /** Where rows go; `SmtpMailTransport` in production. Never the outbox itself. */
  transport: MailTransport;
  logger: Logger;
  /** How often `start()` looks for unsent mail. @default 5000 */
  pollIntervalMs?: number;
  /** Most rows one pass sends, so a backlog does not starve shutdown. @default 50 */
  batchSize?: number;
  /**
   * Longest one send may hold its row lock before the transaction is abandoned (the row stays unsent and is retried).
   * Keep it above the transport's own timeouts.
   * @default 60000
   */
  sendTimeoutMs?: number;
  /** Backoff between attempts at one row. @default DEFAULT_MAIL_RETRY_POLICY */
  retry?: Partial<MailRetryPolicy>;
  /** Clock for `sent_at` and backoff; tests move it. @default () => new Date() */
  now?: () => Date;
}

/** What one pass did. */
export interface MailRelayPass {
  sent: number;
  /** Attempts that failed this pass (each row is retried later, unless the server refused it for good). */
  failed: number;
}

interface OutboxRow {
  id: string;
  to: string;
  subject: string;
  textBody: string;
}

interface Backoff {
  failures: number;
  /** Epoch ms before which the row is not attempted again; Infinity once the server refused it for good. */
  retryAt: number;
}

type Attempt = { row: OutboxRow; error?: undefined } | { row: OutboxRow; error: unknown } | null;

/**
 * Sends the mail the identity service wrote to `identity.mail_outbox` (in the transactions that caused it) and
 * stamps `sent_at`, so mail exists exactly when its change committed and goes out after it.
 *
 * One row at a time, in its own transaction: the row is taken with `FOR UPDATE SKIP LOCKED` where `sent_at IS NULL`,
 * sent, and stamped before the lock is released. So any number of relays (replicas) can run: two never hold the same
 * row, and a row already stamped is never picked again. The one gap is a crash (or lost database connection) after the
 * SMTP server accepted a message and before the stamp committed: that row is sent again. At-least-once is the best
 * any outbox can do against SMTP, which has no idempotency key.
 *
 * A failed row waits (doubling backoff, `mailRetryDelay`) while later rows go ahead, so one bad address does not
 * block the queue. A message the server refused for good (`isPermanentMailFailure`) is not retried by this process.
 * The backoff lives in this process's memory: `mail_outbox` has no column for attempts, next attempt or failure
 * (TODO(identity:mail-outbox-attempts)), so a restart retries every unsent row at once.
 *
 * Rows are logged by id only: the address is personal data and the body holds single-use links.
 */
export class MailOutboxRelay {
  private readonly prisma: PrismaClient;
  private readonly transport: MailTransport;
  private readonly logger: Logger;
  private readonly pollIntervalMs: number;
  private readonly batchSize: number;
  private readonly sendTimeoutMs: number;
  private readonly retry: MailRetryPolicy;
  private readonly now: () => Date;
  private readonly backoff = new Map<string, Backoff>();
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;
  private polling = false;
  /** Set by `stop()`: a pass under way finishes the row it holds and sends no more. */
  private closing = false;

  constructor(options: MailOutboxRelayOptions) {
    this.prisma = options.prisma;
    this.transport = options.transport;
    this.logger = options.logger;
    this.pollIntervalMs = positiveInteger(options.pollIntervalMs ?? 5000, 'pollIntervalMs');
    this.batchSize = positiveInteger(options.batchSize ?? 50, 'batchSize');
    this.sendTimeoutMs = positiveInteger(options.sendTimeoutMs ?? 60_000, 'sendTimeoutMs');
    this.retry = { ...DEFAULT_MAIL_RETRY_POLICY, ...options.retry };
    this.now = options.now ?? (() => new Date());
  }

  /** Polls every `pollIntervalMs` until `stop()`. A failing pass is logged and the next one runs as scheduled. */
  start(): void {
    if (this.polling) return;
    this.polling = true;
    this.closing = false;
    this.schedule(0);
  }

  /** Stops polling and waits for the pass under way, so no row is left half-sent at shutdown. */
  async stop(): Promise<void> {
    this.polling = false;
    this.closing = true;
    clearTimeout(this.timer);
    await this.running?.catch(() => undefined);
  }

  /** Sends what is due now, up to `batchSize` rows. Passes never overlap: a second call waits for the first. */
  async runOnce(): Promise<MailRelayPass> {
    const previous = this.running ?? Promise.resolve();
    const pass = previous.catch(() => undefined).then(() => this.pass());
    this.running = pass;
    return pass;
  }

  private schedule(delayMs: number): void {
    if (!this.polling) return;
    this.timer = setTimeout(() => {
      this.runOnce()
        .catch((error: unknown) => this.logger.error({ err: error }, 'mail relay pass failed'))
        .finally(() => this.schedule(this.pollIntervalMs));
    }, delayMs);
    this.timer.unref();
  }

  private async pass(): Promise<MailRelayPass> {
    const result: MailRelayPass = { sent: 0, failed: 0 };
    while (result.sent + result.failed < this.batchSize && !this.closing) {
      const attempt = await this.sendNext();
      if (!attempt) break;
      if (attempt.error === undefined) {
        this.backoff.delete(attempt.row.id);
        result.sent += 1;
      } else {
        this.recordFailure(attempt.row.id, attempt.error);
        result.failed += 1;
      }
    }
    return result;
  }

  /** Takes the oldest unsent row that is not waiting out a backoff, sends it and stamps it, under one row lock. */
  private sendNext(): Promise<Attempt> {
    const waiting = this.waitingIds();
    return this.prisma.$transaction(
      async (tx): Promise<Attempt> => {
        const rows = await tx.$queryRaw<OutboxRow[]>`
          SELECT "id", "to", "subject", "text_body" AS "textBody"
          FROM "identity"."mail_outbox"
          WHERE "sent_at" IS NULL AND NOT ("id" = ANY(${waiting}::uuid[]))
          ORDER BY "created_at", "id"
          LIMIT 1
          FOR UPDATE SKIP LOCKED`;
        const row = rows[0];
        if (!row) return null;
        try {
          await this.transport.send({ to: row.to, subject: row.subject, text: row.textBody });
        } catch (error) {
          return { row, error };
        }
        await tx.$executeRaw`UPDATE "identity"."mail_outbox" SET "sent_at" = ${this.now()} WHERE "id" = ${row.id}::uuid AND "sent_at" IS NULL`;
        return { row };
      },
      { timeout: this.sendTimeoutMs, maxWait: this.sendTimeoutMs },
    );
  }

  private waitingIds(): string[] {
    const now = this.now().getTime();
    return [...this.backoff].filter(([, backoff]) => backoff.retryAt > now).map(([id]) => id);
  }

  private recordFailure(id: string, error: unknown): void {
    const failures = (this.backoff.get(id)?.failures ?? 0) + 1;
    const permanent = isPermanentMailFailure(error);
    const retryAt = permanent ? Number.POSITIVE_INFINITY : this.now().getTime() + mailRetryDelay(failures, this.retry);
    this.backoff.set(id, { failures, retryAt });
    const details = { mailId: id, failures, err: describe(error) };
    if (permanent) this.logger.error(details, 'the mail server refused a message for good; it stays unsent in identity.mail_outbox');
    else this.logger.warn({ ...details, retryAt: new Date(retryAt).toISOString() }, 'sending mail failed; will retry');
  }
}

/** The failure without the message: nodemailer's errors can quote the envelope (the address). */
function describe(error: unknown): Record<string, unknown> {
  const { code, responseCode, command } = (error ?? {}) as { code?: unknown; responseCode?: unknown; command?: unknown };
  return { name: error instanceof Error ? error.name : typeof error, code, responseCode, command };
}

function positiveInteger(value: number, name: string): number {
  if (!Number.isInteger(value) || value <= 0) throw new TypeError(`MailOutboxRelay: \`${name}\` must be a positive integer, got ${value}`);
  return value;
}
