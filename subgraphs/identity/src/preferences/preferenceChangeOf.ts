import { ratingName } from '../enumValues.js';
import type { PreferencesInput } from '../generated/resolvers.js';
import type { PreferenceChange } from './applyPreferenceChange.js';

/**
 * The schema's `PreferencesInput` as a domain change. Lists given in the input replace the stored ones (`set`);
 * absent or null fields stay as they are, except `maxContentRating`, where an explicit null means "no limit"
 * (graphql-js leaves a field the client did not send out of the input object, so `in` tells the two apart).
 */
export function preferenceChangeOf(input: PreferencesInput): PreferenceChange {
  const replace = (values: readonly string[] | null | undefined) => (values == null ? null : { set: values });
  return {
    favoriteGenres: replace(input.favoriteGenres),
    dislikedGenres: replace(input.dislikedGenres),
    preferredLanguages: input.preferredLanguages ?? null,
    subscribedPlatforms: replace(input.subscribedPlatforms),
    ...('maxContentRating' in input ? { maxContentRating: input.maxContentRating == null ? null : ratingName(input.maxContentRating) } : {}),
    preferredVideoQuality: input.preferredVideoQuality ?? null,
    autoplayNext: input.autoplayNext ?? null,
  };
}
