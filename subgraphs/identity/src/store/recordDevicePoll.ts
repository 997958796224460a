import { createHash } from 'node:crypto';
import type { PrismaClient } from '@media-gateway/db';

export interface DevicePoll {
  /** The poll came sooner than `interval` seconds after the previous one: answer `slow_down`. */
  tooFast: boolean;
  /** The interval the device must keep from now on: RFC 8628 §3.5 adds 5 s for every `slow_down`. */
  interval: number;
}

/**
 * Records one token-endpoint poll of a pending device code and says whether it came too fast. Kept in `oidc_model`
 * (type `DevicePoll`, keyed by the code's SHA-256) so every replica sees the same history, and decided in one
 * statement: the upsert locks the row, so two racing polls cannot both pass.
 *
 * The first poll is never too fast; the clock starts there.
 */
export async function recordDevicePoll(
  prisma: PrismaClient,
  poll: { deviceCode: string; now: Date; interval: number; expiresAt: Date },
): Promise<DevicePoll> {
  const id = createHash('sha256').update(poll.deviceCode).digest('base64url');
  const at = poll.now.getTime();
  const rows = await prisma.$queryRaw<Array<{ payload: { interval: number; slow: boolean } }>>`
    INSERT INTO "identity"."oidc_model" ("id", "type", "payload", "expires_at")
    VALUES (${id}, 'DevicePoll', jsonb_build_object('at', ${at}::bigint, 'interval', ${poll.interval}::int, 'slow', false), ${poll.expiresAt})
    ON CONFLICT ("id", "type") DO UPDATE SET "payload" = CASE
      WHEN ${at}::bigint - ("oidc_model"."payload"->>'at')::bigint < ("oidc_model"."payload"->>'interval')::bigint * 1000
        THEN jsonb_build_object('at', ${at}::bigint, 'interval', ("oidc_model"."payload"->>'interval')::int + 5, 'slow', true)
      ELSE jsonb_build_object('at', ${at}::bigint, 'interval', ("oidc_model"."payload"->>'interval')::int, 'slow', false)
    END
    RETURNING "payload"`;
  const payload = rows[0]?.payload;
  if (!payload) throw new Error('recordDevicePoll: the upsert returned no row');
  return { tooFast: payload.slow, interval: payload.interval };
}
