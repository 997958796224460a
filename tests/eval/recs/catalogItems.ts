// Catalogue documents → the recommender's `CatalogItem`s, with content vectors from the static embedding model.
import type { CatalogTitleDocument } from '@media-gateway/events';
import type { Embedder } from '@media-gateway/embeddings';
import type { CatalogItem } from '@media-gateway/recommender';

/** What the simulation and the metrics need beyond `CatalogItem`. */
export interface EvalItem extends CatalogItem {
  name: string;
  anime: boolean;
  /** The recommender's content vector: the embedding with the catalogue's mean removed, L2-normalised. */
  vector: Float32Array;
  /** The embedding as the model returns it: what intra-list similarity is measured on, for every method alike. */
  embedding: Float32Array;
}

const ANIME_ID_SYSTEMS = new Set(['bangumi', 'mal', 'anilist', 'anidb']);

/**
 * The text a title is embedded from: name, genres, overview and directors — what the catalogue says about it. The
 * seed data is thin (the films have no overview or cast, the anime only a name and "animation"), which limits what
 * the content source can know; the eval reports that rather than padding the text.
 */
export function embeddingText(document: CatalogTitleDocument): string {
  return [document.name, document.genres.map((g) => g.replaceAll('_', ' ')).join(' '), document.overview ?? '', document.directors.join(' ')].filter(Boolean).join('. ');
}

export async function toCatalogItems(documents: readonly CatalogTitleDocument[], embedder: Embedder): Promise<EvalItem[]> {
  const embeddings = await embedder.embed(documents.map(embeddingText));
  const vectors = centre(embeddings);
  return documents.map((document, i) => ({
    id: document.titleId,
    name: document.name,
    anime: document.externalIds.some((e) => ANIME_ID_SYSTEMS.has(e.system)),
    genres: document.genres,
    directors: document.directors,
    cast: document.cast,
    releaseYear: document.releaseYear,
    contentType: document.contentType,
    popularity: document.popularity,
    runtimeMinutes: document.runtimeMinutes,
    // A worldwide offer (regions null) makes the title playable everywhere.
    regions: document.offers.length === 0 || document.offers.some((o) => o.regions === null) ? null : [...new Set(document.offers.flatMap((o) => o.regions ?? []))],
    vector: vectors[i]!,
    embedding: embeddings[i]!,
  }));
}

/**
 * Removes the catalogue's mean embedding and re-normalises. Most anime names are words the static model does not
 * know, so three quarters of the catalogue embeds close to "animation" and every cosine between them is ≈ 1, which
 * tells the content source and MMR nothing; the mean is that shared direction ("all but the top", Mu & Viswanath
 * 2018, keeps just this first step). A vector left with no length stays zero, which the content source skips.
 */
function centre(vectors: readonly Float32Array[]): Float32Array[] {
  const dims = vectors[0]?.length ?? 0;
  const mean = new Float64Array(dims);
  for (const vector of vectors) for (let d = 0; d < dims; d++) mean[d]! += vector[d]! / vectors.length;
  return vectors.map((vector) => {
    const centred = Float32Array.from(vector, (value, d) => value - mean[d]!);
    const norm = Math.hypot(...centred);
    return norm > 1e-6 ? centred.map((value) => value / norm) : new Float32Array(dims);
  });
}
