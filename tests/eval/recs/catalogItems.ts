// Catalogue documents → the recommender's `CatalogItem`s, with the content vectors the recommendations subgraph
// serves with (`metadataVectors`), plus a text embedding from the static model for judging diversity.
import type { CatalogTitleDocument } from '@media-gateway/events';
import type { Embedder } from '@media-gateway/embeddings';
import { metadataVectors, type CatalogItem } from '@media-gateway/recommender';

/** What the simulation and the metrics need beyond `CatalogItem`. */
export interface EvalItem extends CatalogItem {
  name: string;
  anime: boolean;
  /** The recommender's content vector, as the subgraph builds it: genres, decade, type and directors. */
  vector: Float32Array;
  /**
   * The title's text embedding: a second view of intra-list similarity, from a model the recommender never reads,
   * so a list cannot look diverse merely by differing in the features MMR was given.
   */
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
  const { vectors } = metadataVectors(documents);
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

