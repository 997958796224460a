import { asRatingRank, ratingName, type RatingRank } from '../enumValues.js';
import type { IdentityContext } from '../IdentityContext.js';
import type { ParentalControlsRecord, ProfileRecord } from '../store/HouseholdStore.js';
import type { ParentalControls } from './ParentalControls.js';
import { contentRestrictions } from './contentRestrictions.js';
import { PIN_VERIFIED_FOR_SECONDS, pinStillVerified } from './pinStillVerified.js';

export interface ProfileRestrictions {
  maxContentRating: RatingRank | null;
  blockedGenres: string[];
  viewingAllowedNow: boolean;
  pinVerifiedUntil: Date | null;
}

/** Stored controls in the domain's shape. */
export function parentalControlsOf(record: ParentalControlsRecord): ParentalControls {
  return {
    enabled: record.enabled,
    contentRatingLimit: record.ratingLimitRank === null ? null : ratingName(record.ratingLimitRank),
    blockedGenres: record.blockedGenres,
    viewingStart: record.viewingStart,
    viewingEnd: record.viewingEnd,
    timeZone: record.timeZone,
  };
}

/** `Profile.contentRestrictions`: the domain's `contentRestrictions` at the request's clock, plus the PIN window. */
export async function profileRestrictions(ctx: IdentityContext, profile: ProfileRecord): Promise<ProfileRestrictions> {
  const record = await ctx.loaders.parentalControls(profile.id);
  const verifiedAt = await ctx.pins.verifiedAt(profile.id);
  const restrictions = contentRestrictions(record ? parentalControlsOf(record) : null, ctx.at, verifiedAt, profile);
  return {
    maxContentRating: asRatingRank(restrictions.maxRatingRank),
    blockedGenres: restrictions.blockedGenres,
    viewingAllowedNow: restrictions.viewingAllowedNow,
    pinVerifiedUntil:
      verifiedAt !== null && pinStillVerified(verifiedAt, ctx.at) ? new Date(verifiedAt.getTime() + PIN_VERIFIED_FOR_SECONDS * 1000) : null,
  };
}
