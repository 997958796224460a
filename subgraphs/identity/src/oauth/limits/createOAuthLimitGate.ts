import type { IncomingMessage } from 'node:http';
import type { ParsedUrlQuery } from 'node:querystring';
import type { OidcProvider } from '../createOidcProvider.js';
import { classifyOAuthRequest } from './classifyOAuthRequest.js';
import type { OAuthRateLimiter } from './createOAuthRateLimiter.js';
import { isLiveUserCode } from './isLiveUserCode.js';
import { limitedEndpointOf } from './limitedEndpointOf.js';
import { peekFormBody } from './peekFormBody.js';
import { tooManyRequests, type TooManyRequests } from './tooManyRequests.js';

export interface OAuthLimitGateOptions {
  oidc: Pick<OidcProvider, 'provider' | 'client' | 'stylesheetHref'>;
  limiter: OAuthRateLimiter;
  /** The verification page's route (`ACTIVATE_ROUTE`). */
  activatePath: string;
  /** Told when looking up a user code failed; the submission then stays counted. */
  onError?(error: unknown): void;
}

export interface OAuthLimitRequest {
  raw: IncomingMessage;
  /** The path as the provider will see it: the issuer's mount path stripped, `/activate` as is. */
  providerPath: string;
  /** Fastify's `request.ip`. */
  ip: string;
}

/** Refused with a ready 429, or let through with the `X-RateLimit-*` headers of its window (none when uncapped). */
export type OAuthLimitVerdict = { refused: TooManyRequests; headers?: undefined } | { refused?: undefined; headers: Record<string, string> };

/**
 * The caps of `OAuthLimits` in front of oidc-provider: decides, before the provider sees a request, whether it is
 * over its endpoint's cap, reading the form body ahead where the key depends on it (the client id and grant type of
 * a token request, the code typed on `/activate`) and leaving it in the stream for the provider.
 *
 * The verification page counts only wrong codes. Every submission is counted first, atomically, and refused once
 * the IP is over the cap, so the 6th submission of a minute never reaches a lookup, however many are sent at once.
 * A submission under the cap whose code turns out live gets its count back before the provider handles it. Telling
 * right from wrong after the provider answered is not possible from here (it re-renders the form with 200 for a
 * wrong code, and 200 is also the confirmation page), so the gate looks the code up itself, with the provider's own
 * model and normalisation (`isLiveUserCode`). The result: a person who types the right code, or connects three
 * TVs in a row, is never counted, while guessing costs one of 5 attempts a minute per address, each one refunded
 * only by a code the guesser already knew. Counting every submission would have been simpler, but a code entry and
 * its confirmation are two posts, so a household connecting a third device inside a minute would have been refused.
 */
export function createOAuthLimitGate(options: OAuthLimitGateOptions): (request: OAuthLimitRequest) => Promise<OAuthLimitVerdict> {
  const { oidc, limiter, activatePath } = options;
  const isKnownClient = (clientId: string) => oidc.client(clientId) !== undefined;

  return async ({ raw, providerPath, ip }) => {
    const endpoint = limitedEndpointOf(raw.method ?? 'GET', providerPath, activatePath);
    if (!endpoint) return { headers: {} };
    // The device authorization key is the IP alone: no need to read its body.
    const form = endpoint === 'deviceAuthorization' ? undefined : await peekFormBody(raw);
    const { bucket, subject } = classifyOAuthRequest({ endpoint, ip, authorization: raw.headers.authorization, form, isKnownClient });

    const decision = await limiter.consume(bucket, subject);
    const headers = {
      'x-ratelimit-limit': String(decision.limit),
      'x-ratelimit-remaining': String(Math.max(0, decision.remaining)),
      'x-ratelimit-reset': String(decision.resetSeconds),
    };
    if (!decision.allowed) {
      const refused = tooManyRequests(bucket, decision.retryAfterSeconds ?? 1, oidc.stylesheetHref);
      return { refused: { ...refused, headers: { ...headers, ...refused.headers } } };
    }
    if (bucket === 'userCode' && (await liveCode(form))) {
      await limiter.refund(bucket, subject);
      headers['x-ratelimit-remaining'] = String(Math.min(decision.limit, Math.max(0, decision.remaining) + 1));
    }
    return { headers };
  };

  async function liveCode(form: ParsedUrlQuery | undefined): Promise<boolean> {
    try {
      return await isLiveUserCode(oidc.provider, form);
    } catch (error) {
      options.onError?.(error);
      return false;
    }
  }
}
