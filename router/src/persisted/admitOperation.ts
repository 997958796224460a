import type { GraphQLError } from 'graphql';
import type { Identity } from '@media-gateway/auth';
import type { PersistedOperation } from '@media-gateway/schema';
import { persistedError } from './errors.js';
import type { Resolution } from './resolveOperation.js';
import type { SafelistMode } from './SafelistMode.js';

/** The scope an API key needs to send ad-hoc operations in mode `persisted-or-authenticated-developer`. */
export const DEVELOPER_SCOPE = 'explorer';

/** How a request was admitted, for the context and the metrics. */
export type Admission =
  | { kind: 'persisted'; operation: PersistedOperation }
  | { kind: 'adhoc' }
  | { kind: 'refused'; error: GraphQLError };

/**
 * The safelist decision, made once the caller is known (after authentication, before anything is parsed or run, so a
 * refused caller learns nothing about the schema from validation errors). Pure.
 */
export function admitOperation(resolution: Resolution, caller: Pick<Identity, 'kind'> & { scopes?: readonly string[] }, mode: SafelistMode): Admission {
  switch (resolution.kind) {
    case 'invalid':
      return { kind: 'refused', error: resolution.error };
    case 'persisted':
      return { kind: 'persisted', operation: resolution.operation };
    case 'adhoc':
      return mayRunAdhoc(mode, caller) ? { kind: 'adhoc' } : { kind: 'refused', error: adhocRefusal(mode) };
  }
}

/**
 * Developers are API-key holders with `explorer` (libs/auth `SCOPES`): a key is made on purpose by a signed-in user
 * and can be revoked, unlike a browser session's token, which an XSS could replay with any query.
 */
export function mayRunAdhoc(mode: SafelistMode, caller: Pick<Identity, 'kind'> & { scopes?: readonly string[] }): boolean {
  switch (mode) {
    case 'off':
      return true;
    case 'persisted-only':
      return false;
    case 'persisted-or-authenticated-developer':
      return caller.kind === 'api_key' && (caller.scopes ?? []).includes(DEVELOPER_SCOPE);
  }
}

function adhocRefusal(mode: SafelistMode): GraphQLError {
  const how = 'send a trusted operation by id (documentId, or extensions.persistedQuery.sha256Hash) from the manifest';
  return persistedError(
    'PERSISTED_QUERY_REQUIRED',
    mode === 'persisted-only'
      ? `This router runs only trusted operations: ${how}.`
      : `This router runs only trusted operations for this caller: ${how}, or use an API key with the ${DEVELOPER_SCOPE} scope for ad-hoc operations.`,
    { mode },
  );
}
