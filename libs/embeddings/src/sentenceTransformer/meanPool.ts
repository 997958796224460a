/**
 * Sentence-transformers' mean pooling (`Pooling` with `pooling_mode_mean_tokens`): the average of the token
 * vectors of `last_hidden_state` [batch, sequence, dimensions] over the positions where the attention mask is 1,
 * so padding never leaks into a sentence's vector. A row with an all-zero mask pools to a zero vector.
 */
export function meanPool(hidden: Float32Array, mask: BigInt64Array, batch: number, sequence: number, dimensions: number): Float32Array[] {
  if (hidden.length !== batch * sequence * dimensions) throw new TypeError(`hidden state holds ${hidden.length} values, expected ${batch}×${sequence}×${dimensions}`);
  const pooled: Float32Array[] = [];
  for (let b = 0; b < batch; b++) {
    const sum = new Float64Array(dimensions);
    let count = 0;
    for (let s = 0; s < sequence; s++) {
      if (mask[b * sequence + s] === 0n) continue;
      count++;
      const base = (b * sequence + s) * dimensions;
      for (let d = 0; d < dimensions; d++) sum[d]! += hidden[base + d]!;
    }
    pooled.push(Float32Array.from(sum, (value) => (count === 0 ? 0 : value / count)));
  }
  return pooled;
}
