import { createHash } from 'node:crypto';
import type { AuthInfo } from '@modelcontextprotocol/sdk/server/auth/types.js';

/** Who is making an MCP request, as far as the bridge cares. */
export interface Caller {
  /** The bearer token forwarded to the router; undefined for an anonymous caller. */
  token: string | undefined;
  /** The rate-limit subject: `sub:<user>` (HTTP, verified), `token:<hash>` (stdio), `ip:<addr>` or `local` (anonymous). */
  subject: string;
}

/** A stdio session's token: fixed, or asked for on each call so a refreshing session (the CLI's) never goes stale. */
export type SessionToken = string | (() => Promise<string | undefined>);

/** Where the HTTP transport's middleware puts the caller's rate-limit subject in `AuthInfo.extra`. */
export const SUBJECT_EXTRA = 'mediaGatewaySubject';

/**
 * The caller of one request. Over HTTP the bridge's bearer middleware has put an `AuthInfo` on every request
 * (anonymous ones too, with an empty token and the client IP as subject). Over stdio there is none: the caller is
 * whoever started the process, with the token it was given, if any.
 */
export async function callerOf(authInfo: AuthInfo | undefined, sessionToken: SessionToken | undefined): Promise<Caller> {
  if (authInfo) {
    const token = authInfo.token || undefined;
    const subject = authInfo.extra?.[SUBJECT_EXTRA];
    return { token, subject: typeof subject === 'string' ? subject : token ? `token:${hashOf(token)}` : 'anonymous' };
  }
  const token = typeof sessionToken === 'function' ? await sessionToken() : sessionToken;
  return { token, subject: token ? `token:${hashOf(token)}` : 'local' };
}

function hashOf(token: string): string {
  return createHash('sha256').update(token).digest('hex').slice(0, 32);
}
