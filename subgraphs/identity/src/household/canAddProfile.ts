/** A household holds at most six profiles, kids profiles included. */
export const MAX_PROFILES_PER_USER = 6;

/**
 * Whether a user who has `existingCount` profiles may create another. Refusal is a CONFLICT, not bad input: the
 * request is fine, the account's state is what stands in the way. Check it in the same transaction as the insert.
 */
export function canAddProfile(existingCount: number): boolean {
  return existingCount < MAX_PROFILES_PER_USER;
}
