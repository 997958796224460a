/** Where the active model came from, in the order `createEmbedder` tries them. */
export type EmbedderProvider = 'model-dir' | 'model-cache' | 'static';

/** Why a provider that was tried before the active one was passed over; for logs and `/health`. */
export interface SkippedProvider {
  provider: EmbedderProvider;
  code: string;
  reason: string;
}

/** What `/health` reports about the embedder. */
export interface EmbedderDescription {
  provider: EmbedderProvider;
  modelId: string;
  dimensions: number;
  /** The folder the model was loaded from. */
  location: string;
  /** Longest input in model tokens before truncation; undefined when the model has no limit (static). */
  maxTokens: number | undefined;
  /** Providers tried before this one, with the reason each was skipped. */
  skipped: SkippedProvider[];
}

/**
 * Turns texts into unit-length vectors, so cosine similarity is a dot product. Every provider behaves the same way
 * at the edges:
 * - `embed` takes any number of texts and batches them internally (bounded batch size), keeping input order;
 * - a text with nothing the model can read (empty, whitespace only, or for the static model only unknown words)
 *   embeds as a zero vector, which scores 0 against everything instead of matching at random;
 * - long texts are truncated to the model's maximum length.
 */
export interface Embedder {
  readonly provider: EmbedderProvider;
  readonly modelId: string;
  readonly dimensions: number;
  embed(texts: readonly string[]): Promise<Float32Array[]>;
  describe(): EmbedderDescription;
  /** Releases the onnxruntime session. */
  close(): Promise<void>;
}
