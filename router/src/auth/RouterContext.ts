import type { Access } from './checkFieldAccess.js';

/** The router's per-request GraphQL context. */
export interface RouterContext {
  access: Access;
  /** The signed identity forwarded to subgraphs in `x-mg-identity`. */
  identityAssertion: string;
  /** What subgraphs reported in their responses' `extensions.warnings`, answered to the client the same way. */
  warnings: unknown[];
  /**
   * The trusted operation this request runs, when it named one by id from the manifest (`TrustedOperations`);
   * absent for ad-hoc text. The safelist has already admitted the request by the time the context exists.
   */
  trustedOperation?: { id: string; name: string };
}

export const ANONYMOUS: Access = Object.freeze({ authenticated: false, scopes: Object.freeze([]) });
