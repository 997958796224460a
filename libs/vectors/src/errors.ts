// Every error this package throws on purpose. The set of codes is closed: callers `switch (err.code)` over
// `VectorIndexErrorCode`, and a code once published keeps its meaning (modelled on jose `src/util/errors.ts` and
// Apollo's `ERRORS` registry). Caller misuse (a wrong option, a vector of the wrong length) is a plain `TypeError`
// naming the option, never one of these.

/** Stable codes of the errors in this module. */
export type VectorIndexErrorCode =
  | 'ERR_VECTOR_DIMENSIONS_MISMATCH'
  | 'ERR_VECTOR_INDEX_CORRUPT'
  | 'ERR_VECTOR_BACKEND_UNAVAILABLE'
  | 'ERR_VECTOR_INDEX_CLOSED';

/** What each code means and the package version that introduced it. Removed codes stay listed with a reason. */
export const VECTOR_ERROR_CODES: Readonly<Record<VectorIndexErrorCode, { description: string; addedIn: string }>> = {
  ERR_VECTOR_DIMENSIONS_MISMATCH: {
    description:
      'The stored index (an HNSW directory or a Qdrant collection) was built for another vector size or distance ' +
      'than the one configured. Nothing was changed; rebuild the index or fix the configuration.',
    addedIn: '0.1.0',
  },
  ERR_VECTOR_INDEX_CORRUPT: {
    description:
      'The stored index cannot be read: a persisted HNSW sidecar that is not valid JSON, has an unknown format ' +
      'version or inconsistent contents, or names an index file that is missing or fails its checksum; or a Qdrant ' +
      'point this package did not write (no string `_id` in its payload, no plain dense vector).',
    addedIn: '0.1.0',
  },
  ERR_VECTOR_BACKEND_UNAVAILABLE: {
    description: 'Qdrant could not be reached, or answered a request with an error.',
    addedIn: '0.1.0',
  },
  ERR_VECTOR_INDEX_CLOSED: {
    description: 'The index was used after close().',
    addedIn: '0.1.0',
  },
};

/** Base class: `instanceof VectorIndexError` catches every error of this package. */
export class VectorIndexError extends Error {
  static code: VectorIndexErrorCode;
  readonly code: VectorIndexErrorCode;

  constructor(code: VectorIndexErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.name = new.target.name;
  }
}

export class VectorDimensionsMismatchError extends VectorIndexError {
  static override code = 'ERR_VECTOR_DIMENSIONS_MISMATCH' as const;
  declare readonly code: 'ERR_VECTOR_DIMENSIONS_MISMATCH';

  constructor(
    /** The directory or `qdrant collection <name>` that holds the index. */
    readonly location: string,
    readonly stored: string,
    readonly configured: string,
  ) {
    super(
      VectorDimensionsMismatchError.code,
      `The vector index at ${location} holds ${stored} but ${configured} was configured. ` +
        `Rebuild the index (delete it and re-index) or configure the matching size.`,
    );
  }
}

export class VectorIndexCorruptError extends VectorIndexError {
  static override code = 'ERR_VECTOR_INDEX_CORRUPT' as const;
  declare readonly code: 'ERR_VECTOR_INDEX_CORRUPT';

  constructor(
    /** The HNSW directory or `qdrant collection <name>`. */
    readonly location: string,
    reason: string,
    options?: { cause?: unknown },
  ) {
    super(VectorIndexCorruptError.code, `The vector index at ${location} is unreadable: ${reason}`, options);
  }
}

export class VectorBackendUnavailableError extends VectorIndexError {
  static override code = 'ERR_VECTOR_BACKEND_UNAVAILABLE' as const;
  declare readonly code: 'ERR_VECTOR_BACKEND_UNAVAILABLE';

  constructor(
    /** What we were doing, e.g. `search collection titles`. */
    readonly operation: string,
    options: { cause: unknown },
  ) {
    const detail = options.cause instanceof Error ? options.cause.message : String(options.cause);
    super(VectorBackendUnavailableError.code, `Qdrant failed to ${operation}: ${detail}`, options);
  }
}

export class VectorIndexClosedError extends VectorIndexError {
  static override code = 'ERR_VECTOR_INDEX_CLOSED' as const;
  declare readonly code: 'ERR_VECTOR_INDEX_CLOSED';

  constructor(kind: string) {
    super(VectorIndexClosedError.code, `This ${kind} vector index is closed.`);
  }
}

/** Union of every concrete error, so `switch (err.code)` narrows to the right class. */
export type AnyVectorIndexError =
  | VectorDimensionsMismatchError
  | VectorIndexCorruptError
  | VectorBackendUnavailableError
  | VectorIndexClosedError;
