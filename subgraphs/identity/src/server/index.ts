// `@media-gateway/identity/server`: the identity service assembled for a host process. The router's embedded mode
// calls `createIdentityServer`; the standalone server (`src/main.ts`) is `startIdentityServer`.
export { createIdentityServer, OIDC_MOUNT_PATH } from './createIdentityServer.js';
export { DEFAULT_MCP_REDIRECT_URIS } from './defaultMcpRedirectUris.js';
export { API_KEY_LOOKUP_CALLER, API_KEY_LOOKUP_PATH, registerApiKeyLookupRoute } from './registerApiKeyLookupRoute.js';
export { startIdentityServer } from './startIdentityServer.js';
export { readIdentityConfig } from '../config.js';
export { SmtpMailTransport } from '../store/SmtpMailTransport.js';
export { MailOutboxRelay } from '../store/MailOutboxRelay.js';
export { DEFAULT_MAIL_RETRY_POLICY, mailRetryDelay } from '../store/mailRetryDelay.js';
export { isPermanentMailFailure } from '../store/isPermanentMailFailure.js';

export type { IdentityServer, IdentityServerOptions } from './createIdentityServer.js';
export type { ApiKeyLookupRouteOptions } from './registerApiKeyLookupRoute.js';
export type { RunningIdentityServer, StartIdentityServerOptions } from './startIdentityServer.js';
export type { IdentityConfig } from '../config.js';
export type { SmtpMailTransportOptions } from '../store/SmtpMailTransport.js';
export type { MailOutboxRelayOptions, MailRelayPass } from '../store/MailOutboxRelay.js';
export type { MailRetryPolicy } from '../store/mailRetryDelay.js';
export type { ApiKeyIdentity } from '../apiKey/lookupApiKey.js';
