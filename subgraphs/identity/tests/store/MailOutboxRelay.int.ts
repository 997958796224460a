import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createPrismaClient, type DbClient } from '@media-gateway/db';
import { createLogger } from '@media-gateway/runtime';
import { createTestDatabase, type TestDatabase } from '@media-gateway/testing';
import { MailOutboxRelay, type MailOutboxRelayOptions } from '../../src/store/MailOutboxRelay.js';
import type { MailMessage, MailTransport } from '../../src/store/MailTransport.js';
import { OutboxMailTransport } from '../../src/store/OutboxMailTransport.js';
import { SmtpMailTransport } from '../../src/store/SmtpMailTransport.js';
import { bodyOf, headerOf, startSmtpSink, type SmtpSink } from './support/smtpSink.js';

let database: TestDatabase;
let db: DbClient;
let sink: SmtpSink;
let smtp: SmtpMailTransport;
const clock = { now: new Date('2026-06-01T12:00:00.000Z') };
const logger = createLogger({ name: 'mail-relay-test', level: 'silent' });

beforeAll(async () => {
  database = await createTestDatabase();
  db = createPrismaClient({ connectionString: database.url, poolMax: database.poolMax });
  sink = await startSmtpSink();
  smtp = new SmtpMailTransport({ url: sink.url, from: 'no-reply@media-gateway.test', timeoutMs: 2000 });
});
beforeEach(async () => {
  await db.prisma.mailOutbox.deleteMany();
  sink.received.length = 0;
  clock.now = new Date('2026-06-01T12:00:00.000Z');
});
afterAll(async () => {
  smtp?.close();
  await sink?.close();
  await db?.dispose();
  await database?.dispose();
});

const relay = (overrides: Partial<MailOutboxRelayOptions> = {}) =>
  new MailOutboxRelay({ prisma: db.prisma, transport: smtp, logger, now: () => clock.now, ...overrides });

/** Mail as the services write it: through the outbox transport, one row each. */
async function enqueue(...messages: MailMessage[]) {
  const outbox = new OutboxMailTransport(db.prisma);
  for (const message of messages) await outbox.send(message);
}

const unsent = () => db.prisma.mailOutbox.count({ where: { sentAt: null } });

describe('MailOutboxRelay against a real SMTP server and Postgres', () => {
  it('sends every unsent row once, oldest first, and stamps it sent', async () => {
    const link = `https://app.example.test/reset-password?token=${'cd'.repeat(32)}`;
    await enqueue(
      { to: 'alice@example.test', subject: 'Confirm your email', text: 'first' },
      { to: 'bob@example.test', subject: 'Reset your password', text: `Open ${link}` },
    );

    expect(await relay().runOnce()).toEqual({ sent: 2, failed: 0 });
    expect(sink.received.map((mail) => [mail.to, headerOf(mail, 'subject')])).toEqual([
      [['alice@example.test'], 'Confirm your email'],
      [['bob@example.test'], 'Reset your password'],
    ]);
    expect(bodyOf(sink.received[1]!)).toContain(link);
    const rows = await db.prisma.mailOutbox.findMany();
    expect(rows.every((row) => row.sentAt?.getTime() === clock.now.getTime())).toBe(true);

    // A second pass, and a second relay, find nothing: a stamped row is never sent again.
    expect(await relay().runOnce()).toEqual({ sent: 0, failed: 0 });
    expect(sink.received).toHaveLength(2);
  });

  it('retries a deferred message after its backoff, and lets the rows behind it go first', async () => {
    await enqueue({ to: 'carol@example.test', subject: 'one', text: 'one' }, { to: 'dave@example.test', subject: 'two', text: 'two' });
    sink.fail({ command: 'RCPT', reply: '451 4.7.1 greylisted, try again later', to: 'carol@example.test' });
    const mail = relay({ retry: { baseDelayMs: 10_000 } });

    expect(await mail.runOnce()).toEqual({ sent: 1, failed: 1 });
    expect(sink.received.map((m) => m.to)).toEqual([['dave@example.test']]);
    expect(await unsent()).toBe(1);

    // Still inside the backoff: not attempted.
    clock.now = new Date(clock.now.getTime() + 9_999);
    expect(await mail.runOnce()).toEqual({ sent: 0, failed: 0 });

    clock.now = new Date(clock.now.getTime() + 1);
    expect(await mail.runOnce()).toEqual({ sent: 1, failed: 0 });
    expect(sink.received.map((m) => m.to)).toEqual([['dave@example.test'], ['carol@example.test']]);
    expect(await unsent()).toBe(0);
  });

  it('doubles the wait after each failure', async () => {
    await enqueue({ to: 'erin@example.test', subject: 's', text: 't' });
    const mail = relay({ retry: { baseDelayMs: 1000 } });
    for (let i = 0; i < 2; i += 1) sink.fail({ command: 'MAIL', reply: '421 4.3.2 busy' });

    expect(await mail.runOnce()).toEqual({ sent: 0, failed: 1 }); // t=0, next at +1 s
    clock.now = new Date(clock.now.getTime() + 1000);
    expect(await mail.runOnce()).toEqual({ sent: 0, failed: 1 }); // t=1 s, next at +2 s
    clock.now = new Date(clock.now.getTime() + 1999);
    expect(await mail.runOnce()).toEqual({ sent: 0, failed: 0 });
    clock.now = new Date(clock.now.getTime() + 1);
    expect(await mail.runOnce()).toEqual({ sent: 1, failed: 0 });
  });

  it('does not retry a message the server refused for good, and keeps it unsent', async () => {
    await enqueue({ to: 'gone@example.test', subject: 's', text: 't' });
    sink.fail({ command: 'RCPT', reply: '550 5.1.1 mailbox unavailable', to: 'gone@example.test' });
    const mail = relay();

    expect(await mail.runOnce()).toEqual({ sent: 0, failed: 1 });
    clock.now = new Date(clock.now.getTime() + 24 * 3600_000);
    expect(await mail.runOnce()).toEqual({ sent: 0, failed: 0 });
    expect(sink.received).toHaveLength(0);
    expect(await unsent()).toBe(1);
  });

  it('keeps rows unsent while the SMTP server is down, and sends them once it is back', async () => {
    await enqueue({ to: 'frank@example.test', subject: 's', text: 't' });
    const down = await startSmtpSink();
    await down.close();
    const unreachable = new SmtpMailTransport({ url: down.url, from: 'no-reply@media-gateway.test', timeoutMs: 1000 });
    expect(await relay({ transport: unreachable }).runOnce()).toEqual({ sent: 0, failed: 1 });
    unreachable.close();
    expect(await unsent()).toBe(1);

    // A restarted relay (fresh backoff) against a server that answers.
    expect(await relay().runOnce()).toEqual({ sent: 1, failed: 0 });
    expect(await unsent()).toBe(0);
  });

  it('never lets two relays send the same row, even while one of them is mid-send', async (context) => {
    if (database.kind === 'pglite') context.skip('PGlite serves one connection at a time, so two relays cannot overlap');
    await enqueue(...Array.from({ length: 6 }, (_, i) => ({ to: `user${i}@example.test`, subject: `m${i}`, text: `m${i}` })));
    const second = createPrismaClient({ connectionString: database.url, poolMax: database.poolMax });
    try {
      // Each send is slowed down so the two relays' transactions really overlap.
      const slow: MailTransport = { send: async (message) => (await new Promise((r) => setTimeout(r, 50)), smtp.send(message)) };
      const [a, b] = await Promise.all([relay({ transport: slow }).runOnce(), relay({ transport: slow, prisma: second.prisma }).runOnce()]);

      expect(a.sent + b.sent).toBe(6);
      expect(a.sent).toBeGreaterThan(0);
      expect(b.sent).toBeGreaterThan(0);
      expect(sink.received.map((m) => m.to[0]).sort()).toEqual(Array.from({ length: 6 }, (_, i) => `user${i}@example.test`));
    } finally {
      await second.dispose();
    }
  });

  it('polls on its own once started, and stop() waits for the pass under way', async () => {
    const mail = relay({ pollIntervalMs: 20 });
    mail.start();
    await enqueue({ to: 'grace@example.test', subject: 'polled', text: 't' });
    for (let i = 0; i < 100 && (await unsent()) > 0; i += 1) await new Promise((r) => setTimeout(r, 20));
    await mail.stop();

    expect(sink.received.map((m) => headerOf(m, 'subject'))).toEqual(['polled']);
    await enqueue({ to: 'heidi@example.test', subject: 'after stop', text: 't' });
    await new Promise((r) => setTimeout(r, 100));
    expect(await unsent()).toBe(1);
  });
});
