import { GraphQLError } from 'graphql';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Authenticated } from '../../src/auth/createAuthenticator.js';
import { SubscriptionConnection, credentialHeaders } from '../../src/subscriptions/SubscriptionConnection.js';
import { silentLogger } from './support.js';

const T0 = Date.parse('2026-01-01T00:00:00Z');

function authenticated(overrides: Partial<Authenticated> = {}): Authenticated {
  return {
    identity: { kind: 'user', userId: 'u1', role: 'free', scopes: [] },
    access: { authenticated: true, scopes: [] },
    assertion: 'assertion-1',
    rateLimit: { subject: 'user:u1', policy: { tier: 'free' } },
    expiresAt: new Date(T0 + 60_000),
    ...overrides,
  };
}

function authError(status: number, extensions: Record<string, unknown> = {}) {
  return new GraphQLError('refused', { extensions: { code: status === 401 ? 'UNAUTHENTICATED' : 'X', http: { status }, ...extensions } });
}

function setup(authenticate: () => Promise<Authenticated>, settings: Partial<{ maxQueuedEvents: number; maxBufferedBytes: number }> = {}) {
  const socket = { bufferedAmount: 0, close: vi.fn() };
  const onClose = vi.fn();
  const connection = new SubscriptionConnection({
    socket,
    authenticate: vi.fn(authenticate),
    clientIp: '127.0.0.1',
    settings: { maxQueuedEvents: 3, maxBufferedBytes: 1000, recheckIntervalMs: 30_000, now: () => Date.now(), ...settings },
    logger: silentLogger,
    onClose,
  });
  return { socket, connection, onClose };
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(T0);
});
afterEach(() => vi.useRealTimers());

describe('SubscriptionConnection', () => {
  it('closes with 4401 "token expired" at the credential expiry, and stops its subscriptions', async () => {
    const { socket, connection, onClose } = setup(async () => authenticated());
    expect(await connection.init({ authorization: 'Bearer t' })).toBe(true);
    const stream = { stop: vi.fn() };
    connection.add(stream);
    await vi.advanceTimersByTimeAsync(59_999);
    expect(socket.close).not.toHaveBeenCalled();
    expect(connection.usable()).toBe(true);
    await vi.advanceTimersByTimeAsync(1);
    expect(socket.close).toHaveBeenCalledExactlyOnceWith(4401, 'token expired');
    expect(stream.stop).toHaveBeenCalledOnce();
    expect(onClose).toHaveBeenCalledWith('UNAUTHORIZED');
    expect(connection.usable()).toBe(false);
  });

  it('refuses delivery once expired even before the timer fires', async () => {
    let now = T0;
    const socket = { bufferedAmount: 0, close: vi.fn() };
    const connection = new SubscriptionConnection({
      socket,
      authenticate: async () => authenticated(),
      clientIp: 'x',
      settings: { maxQueuedEvents: 3, maxBufferedBytes: 1000, recheckIntervalMs: 30_000, now: () => now },
      logger: silentLogger,
    });
    await connection.init({});
    now = T0 + 60_000;
    expect(connection.usable()).toBe(false);
    expect(socket.close).toHaveBeenCalledWith(4401, 'token expired');
  });

  it('maps refusals at connection_init to close codes', async () => {
    const cases: Array<[unknown, number, string]> = [
      [authError(401), 4401, 'refused'],
      [authError(401, { authCode: 'TOKEN_EXPIRED' }), 4401, 'token expired'],
      [authError(403), 4403, 'refused'],
      [authError(503), 1013, 'try again later'],
      [new Error('boom'), 4500, 'internal server error'],
    ];
    for (const [error, code, reason] of cases) {
      const { socket, connection } = setup(async () => Promise.reject(error));
      expect(await connection.init({ authorization: 'Bearer t' })).toBe(false);
      expect(socket.close).toHaveBeenCalledExactlyOnceWith(code, reason);
    }
  });

  it('re-checks the credential periodically: a fresh assertion while valid, 4401 "token revoked" once revoked', async () => {
    const answers: Array<() => Promise<Authenticated>> = [
      async () => authenticated({ expiresAt: new Date(T0 + 3_600_000) }),
      async () => authenticated({ assertion: 'assertion-2', expiresAt: new Date(T0 + 3_600_000) }),
      async () => Promise.reject(authError(401, { authCode: 'TOKEN_REVOKED' })),
    ];
    const { socket, connection } = setup(() => answers.shift()!());
    await connection.init({ authorization: 'Bearer t' });
    expect(connection.context().identityAssertion).toBe('assertion-1');
    await vi.advanceTimersByTimeAsync(30_000);
    expect(connection.context().identityAssertion).toBe('assertion-2');
    await vi.advanceTimersByTimeAsync(30_000);
    expect(socket.close).toHaveBeenCalledExactlyOnceWith(4401, 'token revoked');
  });

  it('asks the client to come back (1013) when the revocation list cannot be read, and refuses a changed subject', async () => {
    const unavailable = setup(
      vi.fn<() => Promise<Authenticated>>().mockResolvedValueOnce(authenticated({ expiresAt: null })).mockRejectedValueOnce(authError(503)),
    );
    await unavailable.connection.init({});
    await vi.advanceTimersByTimeAsync(30_000);
    expect(unavailable.socket.close).toHaveBeenCalledWith(1013, 'try again later');

    const changed = setup(
      vi
        .fn<() => Promise<Authenticated>>()
        .mockResolvedValueOnce(authenticated({ expiresAt: null }))
        .mockResolvedValueOnce(authenticated({ identity: { kind: 'user', userId: 'u2', role: 'free', scopes: [] }, expiresAt: null })),
    );
    await changed.connection.init({});
    await vi.advanceTimersByTimeAsync(30_000);
    expect(changed.socket.close).toHaveBeenCalledWith(4401, 'credential changed');
  });

  it('closes with 4413 "slow consumer" past the queued-event or buffered-byte bound', async () => {
    const byCount = setup(async () => authenticated());
    await byCount.connection.init({});
    for (let i = 0; i < 3; i++) byCount.connection.queueChanged(1);
    byCount.connection.queueChanged(-1);
    byCount.connection.queueChanged(1);
    expect(byCount.socket.close).not.toHaveBeenCalled();
    byCount.connection.queueChanged(1);
    expect(byCount.socket.close).toHaveBeenCalledExactlyOnceWith(4413, 'slow consumer');
    expect(byCount.onClose).toHaveBeenCalledWith('SLOW_CONSUMER');

    const byBytes = setup(async () => authenticated());
    await byBytes.connection.init({});
    byBytes.socket.bufferedAmount = 1001;
    byBytes.connection.queueChanged(1);
    expect(byBytes.socket.close).toHaveBeenCalledExactlyOnceWith(4413, 'slow consumer');
  });

  it('stops a stream added after it closed, and stops everything once when the socket goes', async () => {
    const { connection } = setup(async () => authenticated({ expiresAt: null }));
    await connection.init({});
    const early = { stop: vi.fn() };
    connection.add(early);
    connection.dispose();
    connection.dispose();
    expect(early.stop).toHaveBeenCalledOnce();
    const late = { stop: vi.fn() };
    connection.add(late);
    expect(late.stop).toHaveBeenCalledOnce();
    expect(connection.subscriptionCount).toBe(0);
  });
});

describe('credentialHeaders', () => {
  it('takes only the credential params, as headers', () => {
    expect(credentialHeaders({ Authorization: 'Bearer t', 'x-mg-identity': 'forged', 'X-API-Key': 'k', other: 1 })).toEqual({ authorization: 'Bearer t', 'x-api-key': 'k' });
    expect(credentialHeaders({ authorization: 42 })).toEqual({});
    expect(credentialHeaders(undefined)).toEqual({});
  });
});
