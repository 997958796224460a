/** How the router serves subscriptions over graphql-ws. */
export interface SubscriptionSettings {
  /**
   * Events that may wait for one connection (all its subscriptions together) before it is closed with 4413
   * "slow consumer". Bounds the memory one client that stops reading can hold.
   * @default 500
   */
  maxQueuedEvents: number;
  /**
   * Bytes the socket may hold unsent (ws `bufferedAmount`) before the connection is closed with 4413.
   * @default 4 MiB
   */
  maxBufferedBytes: number;
  /**
   * Active subscriptions one connection may hold; a subscribe beyond it is refused (TOO_MANY_SUBSCRIPTIONS).
   * @default 100
   */
  maxSubscriptionsPerConnection: number;
  /**
   * How often an open connection's credential is checked again (revocation list, API key still valid) and its
   * identity assertion re-signed; assertions live 60 s, so this must stay well below that.
   * @default 30000
   */
  recheckIntervalMs: number;
  /**
   * Server pings; a socket that does not pong within another interval is cut. Also the interval at which the router
   * pings its subgraph sockets.
   * @default 12000
   */
  keepAliveMs: number;
  /**
   * How long a client has to send `connection_init` after opening the socket.
   * @default 3000
   */
  connectionInitTimeoutMs: number;
  /**
   * Query plans kept for subscription operations (keyed by document and operation name).
   * @default 500
   */
  maxCachedPlans: number;
  /** @default Date.now */
  now: () => number;
}

export const DEFAULT_SUBSCRIPTION_SETTINGS: Readonly<Omit<SubscriptionSettings, 'now'>> = Object.freeze({
  maxQueuedEvents: 500,
  maxBufferedBytes: 4 * 1024 * 1024,
  maxSubscriptionsPerConnection: 100,
  recheckIntervalMs: 30_000,
  keepAliveMs: 12_000,
  connectionInitTimeoutMs: 3_000,
  maxCachedPlans: 500,
});

/** Assertions expire after 60 s (`signIdentityAssertion`); a re-sign must land well before an old one lapses. */
const MAX_RECHECK_INTERVAL_MS = 45_000;

/**
 * Fills the defaults and checks every value.
 * @throws TypeError naming the option and the bad value (a bad config fails at boot, not on a connection).
 */
export function resolveSubscriptionSettings(given: Partial<SubscriptionSettings> = {}): SubscriptionSettings {
  const settings: SubscriptionSettings = { ...DEFAULT_SUBSCRIPTION_SETTINGS, now: Date.now, ...definedOnly(given) };
  for (const option of Object.keys(DEFAULT_SUBSCRIPTION_SETTINGS) as Array<keyof typeof DEFAULT_SUBSCRIPTION_SETTINGS>) {
    const value: unknown = settings[option];
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
      throw new TypeError(`subscriptions.${option} must be a positive integer, got ${String(value)}`);
    }
  }
  if (settings.recheckIntervalMs > MAX_RECHECK_INTERVAL_MS) {
    throw new TypeError(`subscriptions.recheckIntervalMs must be at most ${MAX_RECHECK_INTERVAL_MS} (identity assertions live 60 s), got ${settings.recheckIntervalMs}`);
  }
  if (typeof settings.now !== 'function') throw new TypeError('subscriptions.now must be a function');
  return settings;
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
