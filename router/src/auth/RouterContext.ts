import type { Access } from './checkFieldAccess.js';

/** The router's per-request GraphQL context. */
export interface RouterContext {
  access: Access;
}

export const ANONYMOUS: Access = Object.freeze({ authenticated: false, scopes: Object.freeze([]) });
