import type { PrismaClient } from '@media-gateway/db';

/**
 * Revokes everything the OAuth server issued to a user (§6: password change, suspension, revoke-all): each grant
 * (one per client the user signed in to: the token family), every artefact tied to a grant by `grantId` (access and
 * refresh tokens, codes, device codes), and the user's browser sessions at the authorization server, so no silent
 * re-authorization can mint a new grant from an old sign-in.
 *
 * Grants and sessions name the user only inside the provider's JSON (`payload.accountId`); tokens name their grant
 * in the indexed `grant_id` column. One transaction, so the deletes land together. A refresh racing with this may
 * still write a token row for a grant just deleted; it is useless, because oidc-provider loads the grant on every
 * refresh and finds none.
 *
 * @returns the number of grants revoked: what the user knows as "signed-in apps and devices". Browser sessions
 *   are ended too but not counted, since each one is a way to reach those grants, not another one.
 */
export async function revokeAllGrantsForUser(prisma: PrismaClient, userId: string): Promise<number> {
  return prisma.$transaction(async (tx) => {
    const grants = await tx.oidcModel.findMany({
      where: { type: 'Grant', payload: { path: ['accountId'], equals: userId } },
      select: { id: true },
    });
    const grantIds = grants.map((grant) => grant.id);
    if (grantIds.length > 0) {
      await tx.oidcModel.deleteMany({ where: { grantId: { in: grantIds } } });
      await tx.oidcModel.deleteMany({ where: { type: 'Grant', id: { in: grantIds } } });
    }
    await tx.oidcModel.deleteMany({ where: { type: 'Session', payload: { path: ['accountId'], equals: userId } } });
    return grantIds.length;
  });
}
