/**
 * Why the router closes a client's graphql-ws socket. RFC 6455 leaves 4000–4999 to applications; graphql-ws uses
 * 44xx/45xx the way HTTP uses 4xx/5xx, and so do we. Codes are never reused: a retired one stays listed with why.
 *
 * Clients: after 4401 get a new token before reconnecting; after 4403 don't retry with the same credential; after
 * 4413 reconnect and read faster (or subscribe to less); after 1001/1013 reconnect with backoff and re-subscribe.
 */
export const CLOSE_CODES = {
  GOING_AWAY: {
    code: 1001,
    reason: 'going away',
    description: 'The router is shutting down or restarting; reconnect (another replica will answer).',
    addedIn: '0.1.0',
  },
  TRY_AGAIN_LATER: {
    code: 1013,
    reason: 'try again later',
    description:
      'The credential could not be re-checked (revocation list or identity service unavailable). Auth fails closed, ' +
      'but the credential is not at fault: reconnect with backoff.',
    addedIn: '0.1.0',
  },
  UNAUTHORIZED: {
    code: 4401,
    reason: 'unauthorized',
    description:
      'The credential in connection_init was refused, or the connection’s access token expired ("token expired") or ' +
      'was revoked while the socket was open. Also graphql-ws’s own code for a subscribe before connection_ack.',
    addedIn: '0.1.0',
  },
  FORBIDDEN: {
    code: 4403,
    reason: 'forbidden',
    description: 'The credential is valid but may not connect.',
    addedIn: '0.1.0',
  },
  SLOW_CONSUMER: {
    code: 4413,
    reason: 'slow consumer',
    description:
      'The client read too slowly: more events waited for it than the router buffers per connection (count or ' +
      'bytes). Its subscriptions were stopped.',
    addedIn: '0.1.0',
  },
  INTERNAL_ERROR: {
    code: 4500,
    reason: 'internal server error',
    description: 'The router failed unexpectedly (the cause is in its log). Same code as graphql-ws’s own.',
    addedIn: '0.1.0',
  },
} as const satisfies Record<string, { code: number; reason: string; description: string; addedIn: string }>;

export type CloseCodeName = keyof typeof CLOSE_CODES;

/**
 * Codes graphql-ws itself closes with (listed for clients; the router never sends them on its own account):
 * 4400 bad message, 4406 subprotocol not acceptable, 4408 no connection_init in time, 4409 duplicate subscription
 * id, 4429 second connection_init.
 */
export const GRAPHQL_WS_CLOSE_CODES = [4400, 4406, 4408, 4409, 4429] as const;

/** A close frame's reason is at most 123 bytes of UTF-8 (RFC 6455 §5.5: 125-byte control payload, 2 for the code). */
export function closeReason(text: string): string {
  const bytes = Buffer.from(text, 'utf8');
  if (bytes.length <= 123) return text;
  // Cut on a character boundary: decoding a truncated sequence would add a replacement character.
  let cut = 120;
  while (cut > 0 && (bytes[cut]! & 0xc0) === 0x80) cut--;
  return `${bytes.subarray(0, cut).toString('utf8')}...`;
}
