import { createHmac, timingSafeEqual } from 'node:crypto';

export interface UpstreamCookieValue {
  /** The interaction the upstream sign-in belongs to. */
  uid: string;
  /** The provider it went to; the callback must be that provider's. */
  provider: string;
}

export interface UpstreamCookieOptions {
  /** HMAC keys, newest first; a cookie signed with any of them opens (key rotation). */
  keys: readonly string[];
  /** Where the callbacks live: `<mount>/upstream/`. The cookie goes nowhere else. */
  path: string;
  /** Set on an https issuer. */
  secure: boolean;
  /** @default 600 */
  ttlSeconds?: number;
}

const NAME = 'mg_upstream';
// Domain separation: the keys also sign oidc-provider's own cookies (with keygrip), never over this prefix.
const CONTEXT = 'mg_upstream.v1.';

/**
 * The browser's half of an upstream sign-in: which interaction, and which provider, the browser that started it is
 * coming back from. The secrets of the exchange (PKCE verifier, state, nonce) stay server-side on the interaction
 * (`pendingStep`); this cookie binds them to the browser, since oidc-provider's own interaction cookie is scoped to
 * `<mount>/interaction/<uid>` and never reaches the callback.
 *
 * HMAC-SHA-256 signed with its own expiry, httpOnly, and SameSite=Lax: sent on the top-level redirect back from the
 * provider, never on a cross-site subrequest. A forged, expired or foreign value opens as null.
 */
export class UpstreamCookie {
  private readonly keys: readonly string[];
  private readonly path: string;
  private readonly secure: boolean;
  private readonly ttlSeconds: number;

  constructor(options: UpstreamCookieOptions) {
    if (options.keys.length === 0) throw new TypeError('UpstreamCookie: `keys` must not be empty');
    this.keys = options.keys;
    this.path = options.path;
    this.secure = options.secure;
    this.ttlSeconds = options.ttlSeconds ?? 600;
  }

  /** The `Set-Cookie` header value that starts an upstream sign-in. */
  set(value: UpstreamCookieValue, now: Date): string {
    const exp = Math.floor(now.getTime() / 1000) + this.ttlSeconds;
    const payload = Buffer.from(JSON.stringify({ uid: value.uid, provider: value.provider, exp })).toString('base64url');
    return this.header(`${payload}.${this.sign(payload, this.keys[0]!)}`, this.ttlSeconds);
  }

  /** The `Set-Cookie` header value that deletes it (the callback is single use). */
  clear(): string {
    return this.header('', 0);
  }

  /** The value in a request's `Cookie` header, when it is there, signed by one of the keys and not expired. */
  read(cookieHeader: string | undefined, now: Date): UpstreamCookieValue | null {
    const raw = cookieHeader
      ?.split(';')
      .map((part) => part.trim())
      .find((part) => part.startsWith(`${NAME}=`))
      ?.slice(NAME.length + 1);
    const [payload, signature, ...rest] = raw?.split('.') ?? [];
    if (!payload || !signature || rest.length > 0) return null;
    const presented = Buffer.from(signature, 'base64url');
    const valid = this.keys.some((key) => {
      const expected = Buffer.from(this.sign(payload, key), 'base64url');
      return expected.length === presented.length && timingSafeEqual(expected, presented);
    });
    if (!valid) return null;
    const value = parseJson(Buffer.from(payload, 'base64url').toString('utf8'));
    if (typeof value?.uid !== 'string' || typeof value.provider !== 'string' || typeof value.exp !== 'number') return null;
    if (value.exp * 1000 <= now.getTime()) return null;
    return { uid: value.uid, provider: value.provider };
  }

  private sign(payload: string, key: string): string {
    return createHmac('sha256', key).update(CONTEXT + payload).digest('base64url');
  }

  private header(value: string, maxAge: number): string {
    return [`${NAME}=${value}`, `Path=${this.path}`, `Max-Age=${maxAge}`, 'HttpOnly', 'SameSite=Lax', ...(this.secure ? ['Secure'] : [])].join('; ');
  }
}

function parseJson(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
