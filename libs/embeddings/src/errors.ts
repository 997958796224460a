/**
 * The closed set of codes an `EmbeddingError` carries. `createEmbedder` catches each provider's error, records its
 * code and message as the reason the provider was skipped, and moves on; only `NO_PROVIDER` reaches the caller.
 */
export const EMBEDDING_ERRORS = {
  MODEL_NOT_FOUND: { description: 'A provider\'s files are not there (no `EMBEDDING_MODEL_DIR`, no cached download, no built static model).', addedIn: '0.1.0' },
  MODEL_INVALID: { description: 'The files are there but unusable: unreadable vocabulary, an ONNX graph without the expected inputs or outputs, a stale manifest.', addedIn: '0.1.0' },
  DOWNLOAD_DISABLED: { description: 'The model is not cached and downloading is switched off (`allowDownload: false`).', addedIn: '0.1.0' },
  DOWNLOAD_FAILED: { description: 'The model download failed: no connection within the connect timeout, an HTTP error, or a stalled body.', addedIn: '0.1.0' },
  CHECKSUM_MISMATCH: { description: 'A downloaded file did not have the published size or sha256; it was deleted.', addedIn: '0.1.0' },
  NO_PROVIDER: { description: 'Every provider was skipped; `skipped` on the error lists why.', addedIn: '0.1.0' },
} as const satisfies Record<string, { description: string; addedIn: string }>;

export const REMOVED_EMBEDDING_ERRORS: Readonly<Record<string, { removedIn: string; reason: string }>> = Object.freeze({});

export type EmbeddingErrorCode = keyof typeof EMBEDDING_ERRORS;

/** A provider could not load or an embedding could not be produced. */
export class EmbeddingError extends Error {
  override readonly name = 'EmbeddingError';
  constructor(
    readonly code: EmbeddingErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
