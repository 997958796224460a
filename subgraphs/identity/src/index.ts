// The identity service (issue 3): the OAuth 2.1 / OIDC authorization server, and the GraphQL subgraph over
// accounts, MFA, API keys, households, preferences and the audit log.
export { createOidcProvider } from './oauth/createOidcProvider.js';
export { mountOidcProvider } from './oauth/mountOidcProvider.js';
export { firstPartyClients } from './oauth/firstPartyClients.js';
export { readUpstreamProviders } from './oauth/readUpstreamProviders.js';
export { createIdentityService } from './IdentityService.js';
export { buildIdentitySchema, identityTypeDefs, IDENTITY_SUBGRAPH_NAME } from './identitySubgraph.js';
export { PrismaAccountDirectory } from './account/PrismaAccountDirectory.js';
export { OutboxMailTransport } from './store/OutboxMailTransport.js';
export { revokeAllGrantsForUser } from './store/revokeAllGrantsForUser.js';
export { purgeExpiredOidcModels } from './store/purgeExpiredOidcModels.js';
export { IDENTITY_ERRORS, REMOVED_IDENTITY_ERRORS } from './errors.js';
export { IDENTITY_OUTBOX_SCHEMA } from './events/identityOutbox.js';

export type { CreateOidcProviderOptions, OidcProvider, TokenReplayEvent } from './oauth/createOidcProvider.js';
export type { MountOidcProviderOptions } from './oauth/mountOidcProvider.js';
export type { FirstPartyClientsOptions } from './oauth/firstPartyClients.js';
export type { OAuthClientConfig } from './oauth/OAuthClientConfig.js';
export type { UpstreamProviderConfig } from './oauth/UpstreamProviderConfig.js';
export type {
  AccountDirectory,
  AccountClaims,
  FirstFactor,
  PasswordSignIn,
  SecondFactorResult,
  UpstreamIdentity,
  UpstreamRefusal,
  UpstreamSignInResult,
} from './oauth/AccountDirectory.js';
export type { IdentityService, IdentityServiceOptions } from './IdentityService.js';
export type { IdentityContext } from './IdentityContext.js';
export type { ApiKeyIdentity } from './apiKey/lookupApiKey.js';
export type { MailMessage, MailTransport } from './store/MailTransport.js';
export type { PrismaAccountDirectoryOptions } from './account/PrismaAccountDirectory.js';
export type { IdentityErrorCode } from './errors.js';
