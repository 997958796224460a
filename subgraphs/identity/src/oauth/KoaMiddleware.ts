import type Provider from 'oidc-provider';

/** A Koa middleware as `provider.use` takes it (oidc-provider is a Koa application). */
export type KoaMiddleware = Parameters<Provider['use']>[0];
