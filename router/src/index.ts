export { createRouter } from './createRouter.js';
export { startProduct } from './startProduct.js';
export { readRouterConfig, isEmbeddedMode } from './config/routerConfig.js';
export { InProcessDataSource } from './gateway/InProcessDataSource.js';
export { SUPERGRAPH_PATH } from './supergraphPath.js';
export { createAuthenticator } from './auth/createAuthenticator.js';

export type { Router, RouterOptions } from './createRouter.js';
export type { Product } from './startProduct.js';
export type { RouterConfig, RouterMode, EmbeddedMode, DistributedMode } from './config/routerConfig.js';
export type { InProcessSubgraph } from './gateway/InProcessDataSource.js';
export type { Authenticated, AuthenticatorOptions, ApiKeyLookup } from './auth/createAuthenticator.js';
