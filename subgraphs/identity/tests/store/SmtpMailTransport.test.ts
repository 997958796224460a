import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { isPermanentMailFailure } from '../../src/store/isPermanentMailFailure.js';
import { SmtpMailTransport } from '../../src/store/SmtpMailTransport.js';
import { bodyOf, headerOf, startSmtpSink, type SmtpSink } from './support/smtpSink.js';

let sink: SmtpSink;
let transport: SmtpMailTransport;
const FROM = 'Media Gateway <no-reply@media-gateway.test>';

beforeAll(async () => {
  sink = await startSmtpSink();
  transport = new SmtpMailTransport({ url: sink.url, from: FROM, timeoutMs: 2000 });
});
afterEach(() => {
  sink.received.length = 0;
});
afterAll(async () => {
  transport?.close();
  await sink?.close();
});

describe('SmtpMailTransport', () => {
  it('delivers one message over SMTP with the configured sender', async () => {
    const link = `https://app.example.test/verify-email?token=${'ab'.repeat(32)}`;
    await transport.send({ to: 'alice@example.test', subject: 'Confirm your email', text: `Open ${link} within 24 hours.` });

    expect(sink.received).toHaveLength(1);
    const [mail] = sink.received;
    expect(mail!.from).toBe('no-reply@media-gateway.test');
    expect(mail!.to).toEqual(['alice@example.test']);
    expect(headerOf(mail!, 'subject')).toBe('Confirm your email');
    expect(headerOf(mail!, 'from')).toBe(FROM);
    expect(bodyOf(mail!)).toContain(link);
    expect(sink.commands.map((c) => c.split(/[ :]/)[0])).toEqual(['EHLO', 'MAIL', 'RCPT', 'DATA']);
  });

  it("fails with the server's reply code, permanent for a 5xx and not for a 4xx", async () => {
    sink.fail({ command: 'RCPT', reply: '550 5.1.1 no such user', to: 'nobody@example.test' });
    const refused = await transport.send({ to: 'nobody@example.test', subject: 's', text: 't' }).catch((error: unknown) => error);
    expect(refused).toMatchObject({ code: 'EENVELOPE', responseCode: 550 });
    expect(isPermanentMailFailure(refused)).toBe(true);

    sink.fail({ command: 'DATA-END', reply: '451 4.3.0 try again later' });
    const deferred = await transport.send({ to: 'bob@example.test', subject: 's', text: 't' }).catch((error: unknown) => error);
    expect(deferred).toMatchObject({ responseCode: 451 });
    expect(isPermanentMailFailure(deferred)).toBe(false);
    expect(sink.received).toHaveLength(0);
  });

  it('fails, retryably, when no server listens', async () => {
    const closed = await startSmtpSink();
    await closed.close();
    const down = new SmtpMailTransport({ url: closed.url, from: FROM, timeoutMs: 1000 });
    const error = await down.send({ to: 'alice@example.test', subject: 's', text: 't' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'ESOCKET' });
    expect(isPermanentMailFailure(error)).toBe(false);
    down.close();
  });

  it('refuses a URL that is not SMTP, naming the option', () => {
    expect(() => new SmtpMailTransport({ url: 'https://mail.example.test', from: FROM })).toThrow(
      new TypeError('SmtpMailTransport: `url` must be an smtp:// or smtps:// URL'),
    );
  });
});
