import { describe, expect, it } from 'vitest';
import { titleEmbeddingText } from '../../src/indexing/titleEmbeddingText.js';
import type { DiscoveryDocument } from '../../src/store/DiscoveryStore.js';
import { candidate } from '../support/candidate.js';

function document(overrides: Partial<DiscoveryDocument>): DiscoveryDocument {
  return {
    ...candidate('t'),
    originalName: null,
    localizedNames: [],
    overview: null,
    releaseDate: null,
    contentRatingSystem: null,
    voteCount: null,
    externalIds: {},
    ...overrides,
  };
}

describe('titleEmbeddingText', () => {
  it('describes a film by its names, genres, era and people, then its overview', () => {
    const text = titleEmbeddingText(
      document({
        title: 'Heat',
        localizedNames: ['Heat', 'Fuego contra fuego'],
        genres: ['crime', 'thriller'],
        releaseYear: 1995,
        directors: ['Michael Mann'],
        cast: ['Al Pacino', 'Robert De Niro'],
        overview: 'A group of professional bank robbers.',
      }),
    );
    expect(text).toBe(
      'Heat. Also known as Fuego contra fuego. crime, thriller film from 1995 (1990s). Directed by Michael Mann. Starring Al Pacino, Robert De Niro. A group of professional bank robbers.',
    );
  });

  it('calls a title from an anime database anime, and leaves out what is unknown', () => {
    const text = titleEmbeddingText(document({ title: 'Cowboy Bebop', contentType: 'SERIES', genres: [], releaseYear: null, externalIds: { mal: '1' } }));
    expect(text).toBe('Cowboy Bebop. anime series.');
  });
});
