import type { Access } from './checkFieldAccess.js';

/** The router's per-request GraphQL context. */
export interface RouterContext {
  access: Access;
  /** The signed identity forwarded to subgraphs in `x-mg-identity`. */
  identityAssertion: string;
  /** What subgraphs reported in their responses' `extensions.warnings`, answered to the client the same way. */
  warnings: unknown[];
}

export const ANONYMOUS: Access = Object.freeze({ authenticated: false, scopes: Object.freeze([]) });
