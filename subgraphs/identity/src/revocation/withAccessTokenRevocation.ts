import type { TokenRevocations } from '@media-gateway/auth';

/**
 * Wraps the service's `revokeUserGrants` (password change, password reset, suspension) so it also revokes the
 * user's access tokens already issued. Deleting the grants stops refreshes, but the router verifies the JWT access
 * tokens on its own, so without this each one keeps working until it expires (§6: "A password change revokes all
 * sessions and token families").
 *
 * Order matters: the grants go first, so no new token can be minted from them, and only then is the cut-off stamped.
 * Every token from those grants was therefore issued at or before it. Stamped the other way round, a refresh landing
 * between the two would mint a token after the cut-off from a grant about to die.
 *
 * A failure to record the cut-off rejects, like a failure to delete the grants: `revokeSessions` then surfaces the
 * error and the user can revoke again, instead of believing every device was signed out.
 */
export function withAccessTokenRevocation(
  revokeUserGrants: (userId: string) => Promise<number>,
  options: { revocations: Pick<TokenRevocations, 'revokeSubject'>; now: () => Date },
): (userId: string) => Promise<number> {
  const { revocations, now } = options;
  return async (userId) => {
    const grants = await revokeUserGrants(userId);
    await revocations.revokeSubject(userId, now());
    return grants;
  };
}
