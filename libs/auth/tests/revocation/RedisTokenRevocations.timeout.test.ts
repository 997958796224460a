import { createServer, type Server, type Socket } from 'node:net';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RedisTokenRevocations } from '@media-gateway/auth';

// A server that accepts the connection and never answers: what a hung Redis looks like to a client.
let server: Server;
const sockets: Socket[] = [];
let port: number;

beforeAll(async () => {
  server = createServer((socket) => sockets.push(socket));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as { port: number }).port;
});
afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await new Promise((resolve) => server.close(resolve));
});

describe('RedisTokenRevocations against a Redis that does not answer', () => {
  it('rejects after timeoutMs instead of stalling the request', async () => {
    // The client never completes its handshake, so the command waits in its queue: a hang as the store sees it.
    const redis = new Redis({ host: '127.0.0.1', port, maxRetriesPerRequest: 0 });
    redis.on('error', () => {});
    const store = new RedisTokenRevocations(redis, { timeoutMs: 50 });
    const started = performance.now();
    await expect(store.isRevoked({ sub: 'u', jti: 'j', iat: new Date() })).rejects.toThrow('The revocation store did not answer within 50 ms');
    expect(performance.now() - started).toBeLessThan(1000);
    redis.disconnect();
  });

  it('rejects bad options as caller misuse, naming them', () => {
    const redis = new Redis({ lazyConnect: true });
    expect(() => new RedisTokenRevocations(redis, { timeoutMs: 0 })).toThrow(/options\.timeoutMs/);
    expect(() => new RedisTokenRevocations(redis, { keyPrefix: '' })).toThrow(/options\.keyPrefix/);
    redis.disconnect();
  });
});
