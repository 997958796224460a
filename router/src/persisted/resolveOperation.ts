import type { GraphQLError } from 'graphql';
import { persistedOperationId, type PersistedOperation } from '@media-gateway/schema';
import { persistedError } from './errors.js';
import { parseOperationId } from './parseOperationId.js';

/** The parts of a GraphQL request (HTTP body, GET parameters, graphql-ws subscribe payload) that name what to run. */
export interface OperationRequest {
  /** Query text; an empty string counts as none (graphql-ws requires the field, so a persisted subscribe sends ""). */
  query?: unknown;
  /** A trusted operation's id: `<sha256 hex>` or `sha256:<hex>`. */
  documentId?: unknown;
  /** `persistedQuery: { version: 1, sha256Hash }` here is Apollo's APQ, and also names trusted operations. */
  extensions?: unknown;
}

/**
 * What a request runs:
 * - `persisted`: the manifest's operation (its body and name replace whatever the request said);
 * - `adhoc`: the request's own text. `apq` says what becomes of an APQ extension: `none` (there is none), `forward`
 *   (Apollo's APQ cache registers or looks it up, safelist mode off over HTTP), `drop` (the hash was checked against
 *   the text; nothing is registered, since only the manifest may answer a bare hash);
 * - `invalid`: answered with `error` (after authentication, so bad ids count against the caller's rate limit).
 */
export type Resolution =
  | { kind: 'persisted'; operation: PersistedOperation }
  | { kind: 'adhoc'; apq: 'none' | 'forward' | 'drop' }
  | { kind: 'invalid'; error: GraphQLError };

export interface ResolveOptions {
  find(id: string): PersistedOperation | undefined;
  /**
   * Whether an id the manifest lacks may still be an automatic persisted query for Apollo's cache: only over HTTP
   * in safelist mode `off` (the mode where APQ registration is allowed, so the cache is worth asking).
   */
  forwardApq: boolean;
}

/**
 * Decides which operation a request names. Pure: the safelist (who may run ad-hoc text) is `admitOperation`'s job.
 *
 * With text and an id both, the text must hash to the id (`provided sha does not match query`, as Apollo words it
 * for APQ); with `documentId` and `sha256Hash` both, they must agree. An id alone that the manifest lacks is
 * `PERSISTED_QUERY_NOT_FOUND`, unless it goes to Apollo's APQ cache (`forwardApq`).
 */
export function resolveOperation(request: OperationRequest, options: ResolveOptions): Resolution {
  const text = typeof request.query === 'string' && request.query !== '' ? request.query : undefined;
  const apq = persistedQueryOf(request.extensions);
  const hasDocumentId = request.documentId !== undefined && request.documentId !== null;
  const documentId = hasDocumentId ? parseOperationId(request.documentId, { allowPrefix: true }) : undefined;
  if (hasDocumentId && !documentId) {
    return invalid('PERSISTED_QUERY_INVALID_ID', 'documentId must be a SHA-256 hex digest, optionally prefixed with "sha256:".');
  }
  const hash = apq ? parseOperationId(apq.sha256Hash, { allowPrefix: false }) : undefined;
  if (apq && !hash) {
    // Apollo's own APQ handling answers odd hashes (not found, or a mismatch) the way APQ clients expect.
    if (options.forwardApq && !documentId) return { kind: 'adhoc', apq: 'forward' };
    return invalid('PERSISTED_QUERY_INVALID_ID', 'extensions.persistedQuery.sha256Hash must be a SHA-256 hex digest.');
  }
  if (documentId && hash && documentId !== hash) {
    return invalid('PERSISTED_QUERY_HASH_MISMATCH', 'documentId and extensions.persistedQuery.sha256Hash name different operations.');
  }
  const id = documentId ?? hash;
  if (!id) return { kind: 'adhoc', apq: 'none' };
  if (text !== undefined && persistedOperationId(text) !== id) {
    return invalid(
      'PERSISTED_QUERY_HASH_MISMATCH',
      documentId ? `The query text does not hash to documentId ${id}.` : 'provided sha does not match query',
    );
  }
  const operation = options.find(id);
  if (operation) return { kind: 'persisted', operation };
  if (text !== undefined) return { kind: 'adhoc', apq: hash ? (options.forwardApq ? 'forward' : 'drop') : 'none' };
  if (hash && !documentId && options.forwardApq) return { kind: 'adhoc', apq: 'forward' };
  // Apollo's wording for a hash, which APQ clients match on; documentId is ours to word.
  return invalid('PERSISTED_QUERY_NOT_FOUND', documentId ? `No trusted operation has the id ${id}.` : 'PersistedQueryNotFound', { id });
}

function persistedQueryOf(extensions: unknown): { sha256Hash?: unknown } | undefined {
  if (typeof extensions !== 'object' || extensions === null) return undefined;
  const persistedQuery = (extensions as { persistedQuery?: unknown }).persistedQuery;
  return typeof persistedQuery === 'object' && persistedQuery !== null ? (persistedQuery as { sha256Hash?: unknown }) : undefined;
}

function invalid(code: Parameters<typeof persistedError>[0], message: string, extra?: Record<string, unknown>): Resolution {
  return { kind: 'invalid', error: persistedError(code, message, extra) };
}
