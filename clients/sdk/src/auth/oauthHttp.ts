import { MediaGatewayError, type MediaGatewayErrorCode } from '../errors.js';
import { codeFor, retryAfterOf } from '../lib/errorFromAnswer.js';
import { abortError } from '../lib/sleep.js';

/** The authorization server metadata this SDK uses (RFC 8414 / OpenID Connect Discovery). */
export interface IssuerMetadata {
  issuer: string;
  token_endpoint: string;
  device_authorization_endpoint?: string;
  revocation_endpoint?: string;
}

export interface OAuthAnswer {
  status: number;
  headers: Headers;
  body: Record<string, unknown>;
}

/** A form POST to an OAuth endpoint (RFC 6749 §3.2 requests are `application/x-www-form-urlencoded`). */
export async function postForm(fetchImpl: typeof fetch, url: string, fields: Record<string, string>, signal?: AbortSignal): Promise<OAuthAnswer> {
  let response: Response;
  let text: string;
  try {
    response = await fetchImpl(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: new URLSearchParams(fields).toString(),
      ...(signal ? { signal } : {}),
    });
    text = await response.text();
  } catch (error) {
    if (signal?.aborted) throw abortError(signal);
    throw new MediaGatewayError('NETWORK', `No answer from ${url}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  return { status: response.status, headers: response.headers, body: parseObject(text) ?? {} };
}

/** Reads `<issuer>/.well-known/openid-configuration` and checks it names this issuer (RFC 8414 §3.3, mix-up defence). */
export async function discoverIssuer(fetchImpl: typeof fetch, issuer: string): Promise<IssuerMetadata> {
  const url = `${issuer}/.well-known/openid-configuration`;
  let response: Response;
  let text: string;
  try {
    response = await fetchImpl(url, { headers: { accept: 'application/json' } });
    text = await response.text();
  } catch (error) {
    throw new MediaGatewayError('NETWORK', `No answer from ${url}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  const doc = response.ok ? parseObject(text) : undefined;
  if (!doc) throw new MediaGatewayError(response.ok ? 'OAUTH_ERROR' : codeFor(undefined, response.status), `Could not read the OAuth metadata at ${url} (HTTP ${response.status}).`, { status: response.status });
  if (doc.issuer !== issuer) {
    throw new MediaGatewayError('OAUTH_ERROR', `The OAuth metadata at ${url} names issuer ${JSON.stringify(doc.issuer)}, not ${JSON.stringify(issuer)}.`, { status: response.status });
  }
  if (typeof doc.token_endpoint !== 'string') throw new MediaGatewayError('OAUTH_ERROR', `The OAuth metadata at ${url} has no token_endpoint.`, { status: response.status });
  return {
    issuer,
    token_endpoint: doc.token_endpoint,
    ...(typeof doc.device_authorization_endpoint === 'string' ? { device_authorization_endpoint: doc.device_authorization_endpoint } : {}),
    ...(typeof doc.revocation_endpoint === 'string' ? { revocation_endpoint: doc.revocation_endpoint } : {}),
  };
}

/** The error for an OAuth error answer (RFC 6749 §5.2 `{ error, error_description }`). */
export function oauthError(answer: OAuthAnswer, code?: MediaGatewayErrorCode): MediaGatewayError {
  const error = typeof answer.body.error === 'string' ? answer.body.error : undefined;
  const description = typeof answer.body.error_description === 'string' ? answer.body.error_description : undefined;
  const resolved: MediaGatewayErrorCode =
    code ?? (answer.status === 429 ? 'RATE_LIMITED' : answer.status >= 500 ? codeFor(undefined, answer.status) : 'OAUTH_ERROR');
  const message = description ?? error ?? `The OAuth server answered HTTP ${answer.status}.`;
  return new MediaGatewayError(resolved, message, {
    status: answer.status,
    errors: [{ message, extensions: { ...(error ? { error } : {}) } }],
    retryAfterSeconds: retryAfterOf(answer.headers, undefined),
    serverCode: error,
  });
}

function parseObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
