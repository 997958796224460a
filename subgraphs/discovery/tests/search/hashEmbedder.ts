import type { Embedder } from '@media-gateway/embeddings';

/**
 * A deterministic stand-in for a sentence model: bag of hashed words, L2-normalised. Texts sharing words are close,
 * which is all the engine's tests need from semantics; the real models have their own tests in libs/embeddings.
 */
export function hashEmbedder(dimensions = 64): Embedder {
  const embedOne = (text: string): Float32Array => {
    const vector = new Float32Array(dimensions);
    for (const word of text.toLowerCase().match(/[a-z0-9]+/g) ?? []) {
      let h = 2166136261;
      for (const char of word) h = Math.imul(h ^ char.charCodeAt(0), 16777619);
      vector[Math.abs(h) % dimensions]! += 1;
    }
    const norm = Math.hypot(...vector);
    return norm === 0 ? vector : vector.map((x) => x / norm);
  };
  return {
    provider: 'static',
    modelId: 'hash-test',
    dimensions,
    embed: async (texts) => texts.map(embedOne),
    describe: () => ({ provider: 'static', modelId: 'hash-test', dimensions, location: 'memory', maxTokens: undefined, skipped: [] }),
    close: async () => {},
  };
}
