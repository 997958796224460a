import { parseRole } from '@media-gateway/auth';
import { requireSessionAccount } from '../access/requireSessionAccount.js';
import { badUserInput, identityError } from '../errors.js';
import type { ApiKeyResolvers, MutationResolvers, UserResolvers } from '../generated/resolvers.js';
import { isUuid } from '../lib/isUuid.js';
import { evictApiKeys } from '../revocation/evictApiKeys.js';
import { roleMayGrantKeyScope } from './apiKeyGrantedScopes.js';
import { createApiKeyRecord } from './createApiKeyRecord.js';
import { maskApiKey } from './maskApiKey.js';
import { parseApiKeyRequest } from './parseApiKeyRequest.js';

/** Personal API keys (§6). Keys are managed from the user's own session only (`requireSessionAccount`). */
export const apiKeyResolvers: {
  Mutation: Pick<MutationResolvers, 'createApiKey' | 'revokeApiKey'>;
  User: Pick<UserResolvers, 'apiKeys'>;
  ApiKey: Pick<ApiKeyResolvers, 'maskedKey'>;
} = {
  Mutation: {
    async createApiKey(_, { input }, ctx) {
      const account = await requireSessionAccount(ctx);
      const parsed = parseApiKeyRequest(input);
      if (!parsed.ok) throw badUserInput(parsed.problems);
      // The stored role, not the token's: a key must not outlive a demotion that happened after sign-in.
      const role = parseRole(account.role) ?? 'free';
      const refused = parsed.value.scopes.filter((scope) => !roleMayGrantKeyScope(role, scope));
      if (refused.length > 0) {
        throw identityError('FORBIDDEN', `A ${role} account cannot give an API key the scopes ${refused.join(', ')}.`, { scopes: refused });
      }
      return createApiKeyRecord(ctx, account.id, parsed.value);
    },

    async revokeApiKey(_, { id }, ctx) {
      const account = await requireSessionAccount(ctx);
      const key = isUuid(id) ? await ctx.stores.apiKeys.findOwned(account.id, id) : null;
      // Another user's key answers exactly like a missing one, so ids reveal nothing.
      if (!key) throw identityError('NOT_FOUND', `No API key ${JSON.stringify(id.slice(0, 64))}.`);
      if (key.revokedAt !== null) {
        // Revoking again retries an eviction that failed the first time.
        await evictApiKeys(ctx, [key]);
        return key;
      }
      const revoked = await ctx.stores.transaction(async (stores) => {
        const row = await stores.apiKeys.revoke(key.id, ctx.at);
        await stores.audit.append({ userId: account.id, action: 'API_KEY_REVOKED', resourceType: 'api_key', resourceId: key.id });
        return row;
      });
      // After the commit: an eviction before it could be refilled by a lookup that still sees the key as live.
      await evictApiKeys(ctx, [revoked]);
      return revoked;
    },
  },

  User: {
    apiKeys: (user, _, ctx) => ctx.stores.apiKeys.listForUser(user.id),
  },

  ApiKey: {
    maskedKey: (key) => maskApiKey(key.prefix),
  },
};
