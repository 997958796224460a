import { badUserInput } from '../errors.js';
import type { IdentityContext } from '../IdentityContext.js';
import { sha256Hex } from '../lib/sha256Hex.js';
import type { EmailTokenRecord } from '../store/EmailTokenStore.js';
import { checkEmailToken } from './checkEmailToken.js';
import type { EmailTokenKind } from './issueEmailToken.js';

const TOKEN = /^[0-9a-f]{64}$/;

/**
 * The stored token a presented email token redeems, or BAD_USER_INPUT. Someone without the token only ever learns
 * "not valid"; the holder of a real one is told it was used or expired, so the page can say so (`checkEmailToken`).
 * The row is found through the unique index on the hash; `checkEmailToken` then compares in constant time.
 * Redeeming still needs the compare-and-set `EmailTokenStore.redeem` in the caller's transaction.
 */
export async function redeemableEmailToken(ctx: IdentityContext, token: string, kind: EmailTokenKind): Promise<EmailTokenRecord> {
  const presented = token.trim().toLowerCase();
  const record = TOKEN.test(presented) ? await ctx.stores.emailTokens.findByHash(sha256Hex(presented)) : null;
  if (!record || record.kind !== kind) throw badUserInput(['token is not valid']);
  const check = checkEmailToken(record, presented, ctx.at);
  if (check === 'used') throw badUserInput(['token was already used']);
  if (check === 'expired') throw badUserInput(['token has expired']);
  if (check !== 'ok') throw badUserInput(['token is not valid']);
  return record;
}
