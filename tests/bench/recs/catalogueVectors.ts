// The real catalogue's vectors for the benchmark (issue 7: "replicating the catalogue vectors with noise"): ALS item
// factors trained on the evaluation's simulated viewers of the seed catalogue, and the titles' text embeddings from
// the static model. Both are L2-normalised rows, row-major.
import { fileURLToPath } from 'node:url';
import { ensureStaticModel, loadStaticEmbedder, staticModelDir } from '@media-gateway/embeddings';
import { trainCollaborativeModel } from '@media-gateway/recommender';
import { toCatalogItems } from '../../eval/recs/catalogItems.js';
import { loadCatalogue } from '../../eval/recs/loadCatalogue.js';
import { SIMULATION_SEED, simulateUsers } from '../../eval/recs/simulateUsers.js';

export interface VectorSet {
  name: string;
  dims: number;
  /** `count` rows of `dims` floats. */
  vectors: Float32Array;
  count: number;
}

const SIMULATED_USERS = 3000;

export async function catalogueVectors(log: (message: string) => void): Promise<VectorSet[]> {
  const documents = await loadCatalogue();
  const dir = staticModelDir(fileURLToPath(new URL('../../../.data/models', import.meta.url)));
  await ensureStaticModel(dir, { log });
  const embedder = await loadStaticEmbedder(dir);
  const items = await toCatalogItems(documents, embedder).finally(() => embedder.close());
  log(`catalogue: ${items.length} titles; training ALS on ${SIMULATED_USERS} simulated viewers for its item factors`);
  const { interactions } = simulateUsers(items, { users: SIMULATED_USERS, seed: SIMULATION_SEED });
  const model = trainCollaborativeModel(interactions, new Map(items.map((item, i) => [item.id, i])), SIMULATION_SEED);
  const als = model?.als;
  if (!als) throw new Error('the simulation produced too little feedback to train ALS');
  return [
    { name: 'ALS item factors', dims: als.factors, vectors: normaliseRows(als.itemFactors, als.factors), count: als.itemIds.length },
    { name: 'text embeddings', dims: items[0]!.embedding.length, vectors: normaliseRows(concat(items.map((item) => item.embedding)), items[0]!.embedding.length), count: items.length },
  ];
}

/** The first `count` rows, repeated from the start when the set holds fewer. */
export function firstRows(set: VectorSet, count: number): Float32Array {
  const out = new Float32Array(count * set.dims);
  for (let i = 0; i < count; i++) out.set(set.vectors.subarray((i % set.count) * set.dims, ((i % set.count) + 1) * set.dims), i * set.dims);
  return out;
}

function concat(rows: readonly Float32Array[]): Float32Array {
  const out = new Float32Array(rows.reduce((sum, row) => sum + row.length, 0));
  let at = 0;
  for (const row of rows) {
    out.set(row, at);
    at += row.length;
  }
  return out;
}

function normaliseRows(matrix: Float32Array, dims: number): Float32Array {
  const out = Float32Array.from(matrix);
  for (let at = 0; at < out.length; at += dims) {
    let sum = 0;
    for (let j = at; j < at + dims; j++) sum += out[j]! * out[j]!;
    const scale = sum > 0 ? 1 / Math.sqrt(sum) : 0;
    for (let j = at; j < at + dims; j++) out[j]! *= scale;
  }
  return out;
}
