import type { PrismaClient } from '@media-gateway/db';
import type { KoaContextWithOIDC } from 'oidc-provider';
import { recordDevicePoll } from '../store/recordDevicePoll.js';
import type { KoaMiddleware } from './KoaMiddleware.js';

const DEVICE_CODE = 'urn:ietf:params:oauth:grant-type:device_code';

export interface DeviceFlowPolicyOptions {
  prisma: PrismaClient;
  /** Absolute verification URI shown to users, e.g. `https://id.example.com/activate`. */
  verificationUri: string;
  /** Seconds between polls (§6: 5). */
  interval: number;
  /** Device code lifetime in seconds, so poll records expire with their code. */
  deviceCodeTtl: number;
  now: () => Date;
}

/**
 * What RFC 8628 asks for and oidc-provider 9 does not do, applied around its device endpoints:
 *
 * - the device authorization response carries `interval` and the short verification URI (`/activate` at the
 *   issuer's origin rather than under the provider's mount path), also in `verification_uri_complete`;
 * - a poll of a pending code that comes sooner than the interval is answered `slow_down` (§3.5), and the interval
 *   grows by 5 s for that code. oidc-provider defines the error but never raises it.
 *
 * It runs after the provider's own handling, so it only ever rewrites a pending answer: a poll that finds the code
 * approved, denied or expired gets that answer however fast it came.
 */
export function deviceFlowPolicy(options: DeviceFlowPolicyOptions): KoaMiddleware {
  return async (ctx, next) => {
    await next();
    const oidc = (ctx as Partial<KoaContextWithOIDC>).oidc;
    if (!oidc) return;

    if (oidc.route === 'device_authorization' && ctx.status === 200 && isObject(ctx.body)) {
      const body = ctx.body;
      const userCode = typeof body.user_code === 'string' ? body.user_code : '';
      const complete = new URL(options.verificationUri);
      complete.searchParams.set('user_code', userCode);
      ctx.body = { ...body, verification_uri: options.verificationUri, verification_uri_complete: complete.href, interval: options.interval };
      return;
    }

    if (
      oidc.route === 'token' &&
      oidc.params?.grant_type === DEVICE_CODE &&
      typeof oidc.params.device_code === 'string' &&
      isObject(ctx.body) &&
      ctx.body.error === 'authorization_pending'
    ) {
      const now = options.now();
      const poll = await recordDevicePoll(options.prisma, {
        deviceCode: oidc.params.device_code,
        now,
        interval: options.interval,
        expiresAt: new Date(now.getTime() + options.deviceCodeTtl * 1000),
      });
      if (poll.tooFast) {
        ctx.status = 400;
        ctx.body = { error: 'slow_down', error_description: `polling too fast; wait at least ${poll.interval} seconds between requests` };
      }
    }
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Buffer.isBuffer(value);
}
