import { createServer } from 'node:net';

/**
 * A loopback port nothing listens on right now, for a child process that must know its own URL before it starts
 * (the OAuth issuer is an absolute URL fixed at start-up). Another process could take it in between; on a test
 * machine that is rare enough.
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}
