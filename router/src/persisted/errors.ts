import { GraphQLError } from 'graphql';

/**
 * The closed set of errors the router raises for trusted (persisted) operations. Each entry gives the HTTP status
 * the response carries; Apollo Server lifts `extensions.http` into the response head and strips it from the body.
 *
 * Codes are never removed: a retired code moves to a `REMOVED_PERSISTED_ERRORS` list with its reason.
 */
export const PERSISTED_ERRORS = {
  PERSISTED_QUERY_NOT_FOUND: {
    description:
      'No trusted operation has this id (and, in safelist mode off, no automatic persisted query either). Answered with HTTP 200, as Apollo Server answers APQ misses, so APQ clients retry with the query text.',
    httpStatus: 200,
    addedIn: '0.1.0',
  },
  PERSISTED_QUERY_HASH_MISMATCH: {
    description: 'The request sent query text and an id (documentId or extensions.persistedQuery.sha256Hash), and the text does not hash to the id, or the two ids differ.',
    httpStatus: 400,
    addedIn: '0.1.0',
  },
  PERSISTED_QUERY_INVALID_ID: {
    description: 'documentId or sha256Hash is not a SHA-256 hex digest (documentId may carry a "sha256:" prefix).',
    httpStatus: 400,
    addedIn: '0.1.0',
  },
  PERSISTED_QUERY_REQUIRED: {
    description:
      'The safelist mode refuses ad-hoc operations (query text, APQ registration) from this caller: send a trusted operation by id, or an API key with the explorer scope where the mode allows it.',
    httpStatus: 403,
    addedIn: '0.1.0',
  },
} as const satisfies Record<string, { description: string; httpStatus: number; addedIn: string }>;

export type PersistedErrorCode = keyof typeof PERSISTED_ERRORS;

/** Builds an error with `extensions: { code, ...extra, http: { status } }` from the registry. */
export function persistedError(code: PersistedErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { ...extra, code, http: { status: PERSISTED_ERRORS[code].httpStatus } } });
}
