// The identity subgraph is being built in stages (issue 3). What exists so far: the OAuth 2.1 / OIDC
// authorization server and the identity domain logic. The GraphQL subgraph and its hosting come next.
export { createOidcProvider } from './oauth/createOidcProvider.js';
export { mountOidcProvider } from './oauth/mountOidcProvider.js';
export { firstPartyClients } from './oauth/firstPartyClients.js';

export type { CreateOidcProviderOptions, OidcProvider, TokenReplayEvent } from './oauth/createOidcProvider.js';
export type { MountOidcProviderOptions } from './oauth/mountOidcProvider.js';
export type { FirstPartyClientsOptions } from './oauth/firstPartyClients.js';
export type { OAuthClientConfig } from './oauth/OAuthClientConfig.js';
export type { AccountDirectory } from './oauth/AccountDirectory.js';
