import type { IdentityContext } from '../IdentityContext.js';
import type { ApiKeyRecord } from '../store/ApiKeyStore.js';
import { isUniqueViolation } from '../store/isUniqueViolation.js';
import { apiKeyExpiresAt } from './apiKeyExpiresAt.js';
import { generateApiKey } from './generateApiKey.js';
import type { ApiKeyRequest } from './parseApiKeyRequest.js';

/**
 * The database keeps `api_key.prefix` unique, although 62^4 prefixes collide by the birthday bound after a few
 * thousand keys (`generateApiKey` assumes a non-unique index). A collision is therefore expected now and then and
 * answered by drawing a new key; three in a row means something else is wrong.
 */
const PREFIX_RETRIES = 3;

/** Stores a new key and its API_KEY_CREATED entry in one transaction; returns the record and the key, shown once. */
export async function createApiKeyRecord(ctx: IdentityContext, userId: string, request: ApiKeyRequest): Promise<{ apiKey: ApiKeyRecord; key: string }> {
  for (let attempt = 0; ; attempt++) {
    const generated = generateApiKey();
    try {
      const apiKey = await ctx.stores.transaction(async (stores) => {
        const created = await stores.apiKeys.create({
          userId,
          name: request.name,
          prefix: generated.prefix,
          keyHash: generated.hash,
          scopes: request.scopes,
          rateLimitPerMinute: request.rateLimitPerMinute,
          expiresAt: apiKeyExpiresAt(request.expiresInDays, ctx.at),
        });
        await stores.audit.append({
          userId,
          action: 'API_KEY_CREATED',
          resourceType: 'api_key',
          resourceId: created.id,
          details: { scopes: created.scopes, expiresAt: created.expiresAt?.toISOString() ?? null, rateLimitPerMinute: created.rateLimitPerMinute },
        });
        return created;
      });
      return { apiKey, key: generated.key };
    } catch (error) {
      if (attempt < PREFIX_RETRIES && isUniqueViolation(error, 'api_key_prefix_key')) continue;
      throw error;
    }
  }
}
