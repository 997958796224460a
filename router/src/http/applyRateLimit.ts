import type { FastifyReply } from 'fastify';
import { GraphQLError } from 'graphql';
import type { RateLimiter, RateLimitPolicy } from '@media-gateway/auth';

export interface RateLimitSubject {
  /** Whose counter: `ip:…`, `user:…`, `key:…` or `client:…`. */
  subject: string;
  policy: RateLimitPolicy;
}

/**
 * Counts the request and sets `X-RateLimit-Limit/Remaining/Reset` (§6). Over the limit it answers 429
 * `RATE_LIMITED` with `Retry-After`. The limiter fails open when its store is down, so this never blocks on Redis.
 */
export async function applyRateLimit(limiter: RateLimiter, target: RateLimitSubject, reply: FastifyReply): Promise<void> {
  const decision = await limiter.consume(target.subject, target.policy);
  void reply.header('x-ratelimit-limit', decision.limit);
  void reply.header('x-ratelimit-remaining', decision.remaining);
  void reply.header('x-ratelimit-reset', decision.resetSeconds);
  if (decision.allowed) return;
  const retryAfter = decision.retryAfterSeconds ?? 1;
  void reply.header('retry-after', retryAfter);
  throw new GraphQLError(`Rate limit exceeded; retry in ${retryAfter} s.`, {
    extensions: { code: 'RATE_LIMITED', retryAfterSeconds: retryAfter, http: { status: 429 } },
  });
}
