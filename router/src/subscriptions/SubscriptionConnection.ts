import type { Identity } from '@media-gateway/auth';
import type { Logger } from '@media-gateway/runtime';
import type { Authenticated } from '../auth/createAuthenticator.js';
import type { RouterContext } from '../auth/RouterContext.js';
import { CLOSE_CODES, closeReason, type CloseCodeName } from './closeCodes.js';
import type { SubscriptionSettings } from './SubscriptionSettings.js';

export type Authenticate = (headers: Record<string, string | string[] | undefined>, clientIp?: string) => Promise<Authenticated>;

/** What the connection needs of its socket (a ws `WebSocket`). */
export interface ConnectionSocket {
  readonly bufferedAmount: number;
  close(code: number, reason: string): void;
}

/** Something the connection stops when it closes (a subscription's stream). */
export interface Stoppable {
  stop(): void;
}

export interface SubscriptionConnectionOptions {
  socket: ConnectionSocket;
  authenticate: Authenticate;
  clientIp: string;
  settings: Pick<SubscriptionSettings, 'maxQueuedEvents' | 'maxBufferedBytes' | 'recheckIntervalMs' | 'now'>;
  logger: Logger;
  /** Told each time the router closes the socket, with why (metrics). */
  onClose?(name: CloseCodeName): void;
}

/** setTimeout's ceiling (about 24.8 days); a later expiry is reached in several steps. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * One client socket: who is on it, and when it must end. The credential is read once from `connection_init`
 * (connection params `{ authorization: 'Bearer …' }` or `{ 'x-api-key': … }`, checked by the same `authenticate` as
 * HTTP) and fixed for the socket's life. After that:
 *
 * - at the credential's expiry a timer closes the socket with 4401 "token expired" (and an event that would be
 *   delivered after it is not);
 * - every `recheckIntervalMs` the credential is authenticated again: that consults the revocation list and the API-key
 *   lookup, and re-signs the identity assertion the subgraphs see (assertions live 60 s; a subscription lives hours);
 * - events waiting for the client, over all its subscriptions, are counted; past `maxQueuedEvents` (or
 *   `maxBufferedBytes` unsent in the socket) the connection is closed with 4413 "slow consumer".
 */
export class SubscriptionConnection {
  private auth: Authenticated | undefined;
  private credential: Record<string, string> = {};
  private readonly streams = new Set<Stoppable>();
  private queued = 0;
  private closedWith: CloseCodeName | 'peer' | undefined;
  private expiryTimer: NodeJS.Timeout | undefined;
  private recheckTimer: NodeJS.Timeout | undefined;

  constructor(private readonly options: SubscriptionConnectionOptions) {}

  /** Authenticates `connection_init`'s params; on refusal the socket is already closing (4401/4403/1013) and this is false. */
  async init(connectionParams: Readonly<Record<string, unknown>> | undefined): Promise<boolean> {
    this.credential = credentialHeaders(connectionParams);
    try {
      this.auth = await this.options.authenticate(this.credential, this.options.clientIp);
    } catch (error) {
      this.refuse(error);
      return false;
    }
    if (this.closed) return false;
    this.armExpiry();
    this.recheckTimer = setInterval(() => void this.recheck(), this.options.settings.recheckIntervalMs);
    this.recheckTimer.unref();
    return true;
  }

  get closed(): boolean {
    return this.closedWith !== undefined;
  }

  get identity(): Identity | undefined {
    return this.auth?.identity;
  }

  get rateLimit(): Authenticated['rateLimit'] | undefined {
    return this.auth?.rateLimit;
  }

  /** A fresh per-operation context (the router's HTTP context shape); only after `init` succeeded. */
  context(): RouterContext {
    if (!this.auth) throw new Error('SubscriptionConnection.context() before a successful init()');
    return { access: this.auth.access, identityAssertion: this.auth.assertion, warnings: [] };
  }

  get subscriptionCount(): number {
    return this.streams.size;
  }

  get queuedEvents(): number {
    return this.queued;
  }

  add(stream: Stoppable): void {
    if (this.closed) stream.stop();
    else this.streams.add(stream);
  }

  remove(stream: Stoppable): void {
    this.streams.delete(stream);
  }

  /**
   * Checked before each event goes out: closes the socket (4401 "token expired") and answers false once the
   * credential has expired, in case the timer has not fired yet.
   */
  usable(): boolean {
    if (this.closed) return false;
    const expiresAt = this.auth?.expiresAt;
    if (expiresAt && this.options.settings.now() >= expiresAt.getTime()) {
      this.close('UNAUTHORIZED', 'token expired');
      return false;
    }
    return true;
  }

  /** A subscription's queue grew (+) or shrank (−). Growth past the bounds drops the connection. */
  queueChanged(delta: number): void {
    this.queued += delta;
    if (delta <= 0 || this.closed) return;
    const { maxQueuedEvents, maxBufferedBytes } = this.options.settings;
    if (this.queued > maxQueuedEvents || this.options.socket.bufferedAmount > maxBufferedBytes) {
      this.options.logger.warn(
        { queuedEvents: this.queued, bufferedBytes: this.options.socket.bufferedAmount, subject: this.auth?.rateLimit.subject },
        'subscription client reads too slowly; connection closed',
      );
      this.close('SLOW_CONSUMER');
    }
  }

  /** Closes the socket with one of the router's codes and stops every subscription on it at once. Idempotent. */
  close(name: CloseCodeName, reason: string = CLOSE_CODES[name].reason): void {
    if (this.closed) return;
    this.closedWith = name;
    this.stopAll();
    this.options.socket.close(CLOSE_CODES[name].code, closeReason(reason));
    this.options.onClose?.(name);
  }

  /** The socket closed (either side): stop everything. Idempotent. */
  dispose(): void {
    this.closedWith ??= 'peer';
    this.stopAll();
  }

  private stopAll(): void {
    clearTimeout(this.expiryTimer);
    clearInterval(this.recheckTimer);
    const streams = [...this.streams];
    this.streams.clear();
    for (const stream of streams) stream.stop();
  }

  private armExpiry(): void {
    const expiresAt = this.auth?.expiresAt;
    if (!expiresAt) return;
    const wait = expiresAt.getTime() - this.options.settings.now();
    if (wait <= 0) {
      this.close('UNAUTHORIZED', 'token expired');
      return;
    }
    clearTimeout(this.expiryTimer);
    this.expiryTimer = setTimeout(() => (wait > MAX_TIMER_MS ? this.armExpiry() : this.close('UNAUTHORIZED', 'token expired')), Math.min(wait, MAX_TIMER_MS));
    this.expiryTimer.unref();
  }

  private async recheck(): Promise<void> {
    if (this.closed || !this.auth) return;
    let again: Authenticated;
    try {
      again = await this.options.authenticate(this.credential, this.options.clientIp);
    } catch (error) {
      this.refuse(error);
      return;
    }
    if (this.closed) return;
    // The same credential must still speak for the same subject; anything else is not this connection any more.
    if (subjectOf(again.identity) !== subjectOf(this.auth.identity)) {
      this.close('UNAUTHORIZED', 'credential changed');
      return;
    }
    this.auth = again;
    this.armExpiry();
  }

  /** Maps an authentication failure to a close code: 401 → 4401, 403 → 4403, 5xx → 1013 (retry), else 4500. */
  private refuse(error: unknown): void {
    const extensions = (error as { extensions?: Record<string, unknown> } | null)?.extensions ?? {};
    const status = (extensions.http as { status?: unknown } | undefined)?.status;
    const message = error instanceof Error ? error.message : String(error);
    if (status === 401 || extensions.code === 'UNAUTHENTICATED') {
      const authCode = extensions.authCode;
      this.close('UNAUTHORIZED', authCode === 'TOKEN_REVOKED' ? 'token revoked' : authCode === 'TOKEN_EXPIRED' ? 'token expired' : message);
    } else if (status === 403 || extensions.code === 'FORBIDDEN') {
      this.close('FORBIDDEN', message);
    } else if (typeof status === 'number' && status >= 500) {
      this.options.logger.warn({ err: error }, 'subscription credential could not be checked; client asked to retry');
      this.close('TRY_AGAIN_LATER');
    } else {
      this.options.logger.error({ err: error }, 'subscription authentication failed');
      this.close('INTERNAL_ERROR');
    }
  }
}

/**
 * The credential in `connection_init`'s payload, as the HTTP headers `authenticate` reads. Only these two: other
 * params (a client's own metadata) never reach authentication, and an `x-mg-identity` a client sends is ignored.
 */
export function credentialHeaders(params: Readonly<Record<string, unknown>> | undefined): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(params ?? {})) {
    const key = name.toLowerCase();
    if ((key === 'authorization' || key === 'x-api-key') && typeof value === 'string') headers[key] = value;
  }
  return headers;
}

function subjectOf(identity: Identity): string {
  switch (identity.kind) {
    case 'anonymous':
      return 'anonymous';
    case 'user':
      return `user:${identity.userId}`;
    case 'api_key':
      return `key:${identity.apiKeyId}`;
    case 'service':
      return `client:${identity.clientId}`;
  }
}
