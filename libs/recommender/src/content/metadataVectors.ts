import type { CatalogItem } from './CatalogItem.js';

/** Buckets the directors are hashed into: enough to tell auteurs apart, few enough to keep vectors short. */
export const DIRECTOR_BUCKETS = 16;
const FIRST_DECADE = 1920;
const LAST_DECADE = 2020;
const DECADES = (LAST_DECADE - FIRST_DECADE) / 10 + 1;

/**
 * The content vector of each item (issue 7 "content profile … from metadata"): genres one-hot over the catalogue's
 * genre vocabulary, the release decade one-hot (1920s and earlier … 2020s), the content type, and the first two
 * directors hashed into `DIRECTOR_BUCKETS`; each block weighted, then L2-normalised so cosine is a dot product.
 *
 * Why metadata rather than the static text embedding: embedding ~11k overviews at every start costs seconds on the
 * product's start path (and every e2e file starts a product); this costs a few milliseconds and carries what the
 * content source and MMR need (genre, era, type, auteur). Returns the genre vocabulary it used with the vectors.
 */
export function metadataVectors(items: ReadonlyArray<Pick<CatalogItem, 'genres' | 'directors' | 'releaseYear' | 'contentType'>>): {
  dims: number;
  genres: string[];
  vectors: Float32Array[];
} {
  const genres = [...new Set(items.flatMap((item) => item.genres))].sort();
  const genreIndex = new Map(genres.map((genre, i) => [genre, i]));
  const decadeOffset = genres.length;
  const typeOffset = decadeOffset + DECADES;
  const directorOffset = typeOffset + 2;
  const dims = directorOffset + DIRECTOR_BUCKETS;
  const vectors = items.map((item) => {
    const vector = new Float32Array(dims);
    for (const genre of item.genres) vector[genreIndex.get(genre)!] = 1;
    if (item.releaseYear !== null) {
      const decade = Math.min(LAST_DECADE, Math.max(FIRST_DECADE, Math.floor(item.releaseYear / 10) * 10));
      vector[decadeOffset + (decade - FIRST_DECADE) / 10] = 0.8;
    }
    vector[typeOffset + (item.contentType === 'SERIES' ? 1 : 0)] = 0.5;
    for (const director of item.directors.slice(0, 2)) vector[directorOffset + hashBucket(director)] = 0.7;
    return normalise(vector);
  });
  return { dims, genres, vectors };
}

function hashBucket(text: string): number {
  // FNV-1a: stable across runs and processes, which a model rebuilt at every start needs.
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % DIRECTOR_BUCKETS;
}

function normalise(vector: Float32Array): Float32Array {
  let norm = 0;
  for (const v of vector) norm += v * v;
  norm = Math.sqrt(norm);
  if (norm > 0) for (let i = 0; i < vector.length; i++) vector[i]! /= norm;
  return vector;
}
