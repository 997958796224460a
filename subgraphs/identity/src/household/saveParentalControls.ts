import { ratingName, ratingRankOf } from '../enumValues.js';
import { badUserInput, identityError } from '../errors.js';
import type { ParentalControlsInput as ParentalControlsArgs } from '../generated/resolvers.js';
import type { IdentityContext } from '../IdentityContext.js';
import type { UserRecord } from '../store/AccountStore.js';
import type { ParentalControlsRecord, ProfileRecord } from '../store/HouseholdStore.js';
import { checkParentalPin } from './checkParentalPin.js';
import { hashPin } from './hashPin.js';
import { parseParentalControls } from './parseParentalControls.js';
import { parsePin } from './parsePin.js';

/**
 * `setParentalControls`: validates everything at once, then, when the profile's controls already have a PIN,
 * requires that PIN (FORBIDDEN without it or with a wrong one, RATE_LIMITED after 5 wrong ones a minute): the
 * PIN is what stops a child on the parent's account from loosening their own limits. A `newPin` replaces the
 * PIN; without one the current PIN stays.
 */
export async function saveParentalControls(
  ctx: IdentityContext,
  account: UserRecord,
  profile: ProfileRecord,
  input: ParentalControlsArgs,
  pin: string | null | undefined,
): Promise<ParentalControlsRecord> {
  const controls = parseParentalControls({
    ...input,
    contentRatingLimit: input.contentRatingLimit == null ? null : ratingName(input.contentRatingLimit),
  });
  const newPin = input.newPin == null ? null : parsePin(input.newPin);
  const problems = [...(controls.problems ?? []), ...(newPin?.ok === false ? ['newPin must be exactly 4 digits'] : [])];
  if (!controls.ok || problems.length > 0) throw badUserInput(problems);

  const existing = (await ctx.stores.household.controlsFor([profile.id])).get(profile.id) ?? null;
  if (existing?.pinHash) {
    if (pin == null) throw identityError('FORBIDDEN', "Changing this profile's parental controls needs its PIN.");
    if (!(await checkParentalPin(ctx, profile.id, existing.pinHash, pin))) throw identityError('FORBIDDEN', 'The PIN is not correct.');
  }
  const pinHash = newPin?.ok ? await hashPin(newPin.value) : (existing?.pinHash ?? null);
  const { contentRatingLimit, ...rest } = controls.value;
  return ctx.stores.transaction(async (stores) => {
    const saved = await stores.household.saveControls(profile.id, {
      ...rest,
      ratingLimitRank: contentRatingLimit === null ? null : ratingRankOf(contentRatingLimit),
      pinHash,
    });
    await stores.audit.append({
      userId: account.id,
      action: 'USER_UPDATED',
      resourceType: 'profile',
      resourceId: profile.id,
      details: { change: 'parental_controls', enabled: saved.enabled, pinChanged: newPin !== null },
    });
    return saved;
  });
}
