import type { GraphQLSchema } from 'graphql';
import { identityFromHeaders, isAuthError, type HeaderSource, type TokenRevocations } from '@media-gateway/auth';
import type { PrismaClient } from '@media-gateway/db';
import type { Logger } from '@media-gateway/runtime';
import { accountLinks } from './account/accountLinks.js';
import { PrismaAccountDirectory } from './account/PrismaAccountDirectory.js';
import { lookupApiKey, type ApiKeyIdentity } from './apiKey/lookupApiKey.js';
import { identityError } from './errors.js';
import { createIdentityContext, type IdentityContext, type IdentityDependencies } from './IdentityContext.js';
import { buildIdentitySchema, IDENTITY_SUBGRAPH_NAME } from './identitySubgraph.js';
import { assertSecretBoxKey } from './lib/secretBoxFormat.js';
import type { AccountDirectory } from './oauth/AccountDirectory.js';
import { createPrismaStores } from './store/createPrismaStores.js';
import type { MailTransport } from './store/MailTransport.js';
import type { AttemptLimiter } from './store/AttemptLimiter.js';
import { MemoryAttemptLimiter } from './store/MemoryAttemptLimiter.js';
import { MemoryPinVerifications } from './store/MemoryPinVerifications.js';
import { OutboxMailTransport } from './store/OutboxMailTransport.js';
import type { PinVerifications } from './store/PinVerifications.js';
import { withAccessTokenRevocation } from './revocation/withAccessTokenRevocation.js';
import { revokeAllGrantsForUser } from './store/revokeAllGrantsForUser.js';

export interface IdentityServiceOptions {
  prisma: PrismaClient;
  logger: Logger;
  secrets: {
    /** Shared with the router, which signs `x-mg-identity` with it; at least 32 bytes. */
    assertionSecret: string;
    /** AES-256-GCM key for TOTP secrets at rest (§6); exactly 32 bytes. */
    mfaKey: Buffer;
  };
  /** Where account mail goes. @default OutboxMailTransport (rows in `identity.mail_outbox`) */
  mail?: MailTransport;
  /**
   * Revokes every OAuth grant and token of a user, returning how many grants went; used by password change,
   * password reset and suspension. @default revokeAllGrantsForUser on `prisma`
   */
  revokeUserGrants?: (userId: string) => Promise<number>;
  /**
   * The product's public origin, where the web app serves the pages that emailed links open.
   * @default 'http://localhost:4000'
   * @example 'https://app.example.com'
   */
  publicUrl?: string;
  /**
   * Counts guesses at MFA codes, PINs and the current password (§6 `mfa:attempts:{user}`). Pass the Redis adapter
   * when several replicas serve one user. @default MemoryAttemptLimiter
   */
  attempts?: AttemptLimiter;
  /** Verified parental PINs (5 minutes). @default MemoryPinVerifications */
  pins?: PinVerifications;
  /**
   * Where a password change, reset or suspension records that the user's access tokens issued until now are void,
   * so the router refuses them before they expire (§6 "revocation … propagates within 5 s").
   */
  revocations?: Pick<TokenRevocations, 'revokeSubject'>;
  /** The router's API-key cache, so a revoked key stops working at once rather than when its entry expires. */
  apiKeyCache?: { evict(keyHash: string): Promise<void> };
  /** Clock; tests freeze it. @default () => new Date() */
  now?: () => Date;
}

/** The identity subgraph as a unit the router hosts in-process or a standalone server exposes over HTTP. */
export interface IdentityService {
  name: string;
  schema: GraphQLSchema;
  /**
   * The context of one request, from the headers the router sent. No `x-mg-identity` header is an anonymous
   * caller; a header that does not verify is UNAUTHENTICATED, never anonymous (`identityFromHeaders`).
   */
  createContext(headers: HeaderSource): Promise<IdentityContext>;
  /** For the OAuth server (`createOidcProvider({ accounts })`). */
  accounts: AccountDirectory;
  /** For the router's authenticator (`apiKeys`); null for any key that may not act. */
  lookupApiKey(key: string): Promise<ApiKeyIdentity | null>;
}

export function createIdentityService(options: IdentityServiceOptions): IdentityService {
  const { prisma, logger, secrets } = options;
  // Caller misuse is caught at startup, naming the option, rather than on the first MFA request.
  if (typeof secrets.assertionSecret !== 'string' || Buffer.byteLength(secrets.assertionSecret) < 32) {
    throw new TypeError('createIdentityService: `secrets.assertionSecret` must be a string of at least 32 bytes');
  }
  assertSecretBoxKey(secrets.mfaKey);
  const now = options.now ?? (() => new Date());
  const mail = options.mail ?? new OutboxMailTransport(prisma);
  const stores = createPrismaStores({ prisma, mail, now });
  const revokeGrants = options.revokeUserGrants ?? ((userId: string) => revokeAllGrantsForUser(prisma, userId));
  const deps: IdentityDependencies = {
    stores,
    logger,
    mfaKey: secrets.mfaKey,
    attempts: options.attempts ?? new MemoryAttemptLimiter(),
    pins: options.pins ?? new MemoryPinVerifications(now),
    links: accountLinks(options.publicUrl ?? 'http://localhost:4000'),
    revokeUserGrants: options.revocations ? withAccessTokenRevocation(revokeGrants, { revocations: options.revocations, now }) : revokeGrants,
    ...(options.apiKeyCache ? { apiKeyCache: options.apiKeyCache } : {}),
    now,
  };

  return {
    name: IDENTITY_SUBGRAPH_NAME,
    schema: buildIdentitySchema(),
    async createContext(headers) {
      try {
        return createIdentityContext(deps, await identityFromHeaders(headers, { secret: secrets.assertionSecret, now: now() }));
      } catch (error) {
        if (isAuthError(error)) throw identityError('UNAUTHENTICATED', error.message);
        throw error;
      }
    },
    // The same attempt limiter as the MFA mutations: one §6 counter per user, whichever way the codes come in.
    accounts: new PrismaAccountDirectory({ stores, mfaKey: deps.mfaKey, attempts: deps.attempts, logger, now }),
    lookupApiKey: (key) => lookupApiKey(stores.apiKeys, key, now()),
  };
}
