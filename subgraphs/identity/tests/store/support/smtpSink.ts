import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';

/** One message as the sink received it: the envelope, and the DATA with dot-stuffing undone. */
export interface ReceivedMail {
  from: string;
  to: string[];
  data: string;
}

/** A scripted reply the sink gives instead of its usual one, once. */
export interface SmtpFault {
  /** The command it answers. */
  command: 'MAIL' | 'RCPT' | 'DATA-END';
  /** The whole reply line, e.g. `421 4.3.0 try again later`. */
  reply: string;
  /** Only for this recipient (RCPT). */
  to?: string;
}

export interface SmtpSink {
  /** `smtp://127.0.0.1:<port>` */
  url: string;
  /** Messages accepted so far, in order. */
  received: ReceivedMail[];
  /** Queues a fault for the next matching command. */
  fail(fault: SmtpFault): void;
  /** Every command line received, for protocol assertions. */
  commands: string[];
  close(): Promise<void>;
}

/**
 * A real SMTP server, as small as a test can use: RFC 5321's EHLO/HELO, MAIL, RCPT, DATA (with dot-stuffing), RSET,
 * NOOP and QUIT over plain TCP on a free loopback port, no TLS or AUTH offered. It accepts everything unless a fault
 * is queued, so tests can make a delivery fail the way a real server would (4xx for try later, 5xx for never).
 */
export async function startSmtpSink(): Promise<SmtpSink> {
  const received: ReceivedMail[] = [];
  const commands: string[] = [];
  const faults: SmtpFault[] = [];
  const sockets = new Set<Socket>();

  const takeFault = (command: SmtpFault['command'], to?: string) => {
    const index = faults.findIndex((fault) => fault.command === command && (fault.to === undefined || fault.to === to));
    return index < 0 ? undefined : faults.splice(index, 1)[0];
  };

  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    socket.setEncoding('utf8');
    const reply = (line: string) => socket.write(`${line}\r\n`);
    let envelope: { from: string; to: string[] } | undefined;
    let data: string[] | undefined;
    let buffer = '';

    reply('220 sink.test ESMTP ready');
    socket.on('data', (chunk: string) => {
      buffer += chunk;
      for (let end = buffer.indexOf('\r\n'); end >= 0; end = buffer.indexOf('\r\n')) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (data) {
          if (line === '.') {
            const fault = takeFault('DATA-END');
            if (fault) reply(fault.reply);
            else {
              received.push({ from: envelope!.from, to: envelope!.to, data: data.join('\r\n') });
              reply('250 2.0.0 queued');
            }
            data = undefined;
            envelope = undefined;
          } else {
            data.push(line.startsWith('..') ? line.slice(1) : line);
          }
          continue;
        }
        commands.push(line);
        const verb = line.split(' ')[0]!.toUpperCase();
        const argument = /<([^>]*)>/.exec(line)?.[1] ?? '';
        switch (verb) {
          case 'EHLO':
            reply('250-sink.test greets you');
            reply('250 8BITMIME');
            break;
          case 'HELO':
            reply('250 sink.test');
            break;
          case 'MAIL': {
            const fault = takeFault('MAIL');
            if (fault) reply(fault.reply);
            else {
              envelope = { from: argument, to: [] };
              reply('250 2.1.0 sender ok');
            }
            break;
          }
          case 'RCPT': {
            if (!envelope) {
              reply('503 5.5.1 need MAIL first');
              break;
            }
            const fault = takeFault('RCPT', argument);
            if (fault) reply(fault.reply);
            else {
              envelope.to.push(argument);
              reply('250 2.1.5 recipient ok');
            }
            break;
          }
          case 'DATA':
            if (!envelope || envelope.to.length === 0) reply('503 5.5.1 need RCPT first');
            else {
              data = [];
              reply('354 end data with <CR><LF>.<CR><LF>');
            }
            break;
          case 'RSET':
            envelope = undefined;
            reply('250 2.0.0 reset');
            break;
          case 'NOOP':
            reply('250 2.0.0 ok');
            break;
          case 'QUIT':
            reply('221 2.0.0 bye');
            socket.end();
            break;
          default:
            reply('502 5.5.2 command not implemented');
        }
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    commands,
    fail: (fault) => faults.push(fault),
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** The value of one header of a received message (unfolded), or undefined. */
export function headerOf(mail: ReceivedMail, name: string): string | undefined {
  const head = mail.data.split('\r\n\r\n')[0] ?? '';
  const unfolded = head.replace(/\r\n[ \t]+/g, ' ');
  const line = unfolded.split('\r\n').find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  return line?.slice(name.length + 1).trim();
}

/** The text body of a received message, quoted-printable decoded when the sender encoded it (long lines). */
export function bodyOf(mail: ReceivedMail): string {
  const at = mail.data.indexOf('\r\n\r\n');
  const body = at < 0 ? '' : mail.data.slice(at + 4);
  if (headerOf(mail, 'content-transfer-encoding')?.toLowerCase() !== 'quoted-printable') return body;
  const bytes = body.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}
