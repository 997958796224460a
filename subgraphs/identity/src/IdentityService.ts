import type { GraphQLSchema } from 'graphql';
import { identityFromHeaders, isAuthError, type HeaderSource } from '@media-gateway/auth';
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
import { MemoryAttemptLimiter } from './store/MemoryAttemptLimiter.js';
import { MemoryPinVerifications } from './store/MemoryPinVerifications.js';
import { OutboxMailTransport } from './store/OutboxMailTransport.js';
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
  const deps: IdentityDependencies = {
    stores,
    logger,
    mfaKey: secrets.mfaKey,
    attempts: new MemoryAttemptLimiter(),
    pins: new MemoryPinVerifications(now),
    links: accountLinks(options.publicUrl ?? 'http://localhost:4000'),
    revokeUserGrants: options.revokeUserGrants ?? ((userId) => revokeAllGrantsForUser(prisma, userId)),
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
    accounts: new PrismaAccountDirectory({ stores, now }),
    lookupApiKey: (key) => lookupApiKey(stores.apiKeys, key, now()),
  };
}
