import { GraphQLError } from 'graphql';

/**
 * The closed set of errors the router raises when a request is over one of its limits (spec §1, "Query limits").
 * Each entry gives the HTTP status the response carries; Apollo Server lifts `extensions.http` into the response
 * head and strips it from the body, so clients see `extensions.code` plus the numbers, and a 4xx status.
 *
 * Codes are never removed: a retired code moves to a `REMOVED_LIMIT_ERRORS` list with its reason.
 */
export const LIMIT_ERRORS = {
  QUERY_TOO_DEEP: {
    description: 'The operation nests fields deeper than the router allows.',
    httpStatus: 400,
    addedIn: '0.1.0',
  },
  QUERY_TOO_COMPLEX: {
    description: 'The estimated cost of the operation (scalar 1, object 2, lists × their page size) is over the limit.',
    httpStatus: 400,
    addedIn: '0.1.0',
  },
  TOO_MANY_ALIASES: {
    description: 'The operation uses more field aliases than the router allows.',
    httpStatus: 400,
    addedIn: '0.1.0',
  },
  QUERY_TOO_LARGE: {
    description: 'The operation text is longer than the router accepts.',
    httpStatus: 413,
    addedIn: '0.1.0',
  },
  PAYLOAD_TOO_LARGE: {
    description: 'The HTTP request body is larger than the router accepts.',
    httpStatus: 413,
    addedIn: '0.1.0',
  },
} as const satisfies Record<string, { description: string; httpStatus: number; addedIn: string }>;

export type LimitErrorCode = keyof typeof LIMIT_ERRORS;

/** The extensions every limit error carries besides `code` and `http`. */
export interface LimitErrorDetails {
  /** The configured maximum that was exceeded. */
  limit: number;
  /** What the request measured. */
  actual: number;
  [key: string]: unknown;
}

/**
 * Builds a limit error with `extensions: { code, ...extra, http: { status } }`. Throw this rather than a bare
 * string so `extensions.code` and the status are always set from the registry.
 */
export function limitError(code: LimitErrorCode, message: string, extra: LimitErrorDetails): GraphQLError {
  return new GraphQLError(message, {
    extensions: { ...extra, code, http: { status: LIMIT_ERRORS[code].httpStatus } },
  });
}
