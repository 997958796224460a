import { describe, expect, it } from 'vitest';
import { prepareDocuments } from '../../src/store/prepareDocuments.js';
import type { CatalogTitleDocument } from '../../src/store/CatalogTitleDocument.js';
import { discoveryFixtures, fixtureId } from './discoveryFixtures.js';

// Events carry JSON from another service: values outside the contract must be normalised or caught, not trusted.
type Untrusted = CatalogTitleDocument['contentType'];
type UntrustedOffer = CatalogTitleDocument['offers'][number]['availabilityType'];

const [terminator, , , , , titanic] = discoveryFixtures();

describe('prepareDocuments', () => {
  it('normalises what filters compare: types, genres, regions, rating rank', () => {
    const { documents, offers } = prepareDocuments([
      {
        ...titanic!,
        contentType: 'Movie' as Untrusted,
        genres: ['ROMANCE', 'Science Fiction', 'drama', 'romance', 'Space Western'],
        contentRating: { system: 'MPAA', rating: 'pg13' },
        offers: [
          { platformId: 'netflix', availabilityType: 'subscription' as UntrustedOffer, regions: ['us', 'Gb', 'US'], availableFrom: null, expiresAt: 'not a date', source: 'x' },
          { platformId: 'hulu', availabilityType: 'LEASE' as UntrustedOffer, regions: null, availableFrom: null, expiresAt: null, source: 'x' },
          { platformId: 'youtube', availabilityType: 'FREE', regions: null, availableFrom: '2026-01-01T00:00:00+01:00', expiresAt: null, source: 'x' },
        ],
      },
    ]);
    expect(documents[0]).toMatchObject({
      content_type: 'MOVIE',
      genres: ['romance', 'science_fiction', 'drama', 'space western'],
      rating: 'pg13',
      rating_rank: 2,
    });
    expect(documents[0]?.descriptors_doc).toBe('Romance\nScience Fiction sci-fi scifi\nDrama\nspace western\nmovie film\n1997');
    // The unknown availability type is dropped; positions stay dense.
    expect(offers).toEqual([
      { title_id: titanic!.titleId, position: 0, platform_id: 'netflix', availability_type: 'SUBSCRIPTION', regions: ['US', 'GB'], available_from: null, expires_at: null, source: 'x' },
      { title_id: titanic!.titleId, position: 1, platform_id: 'youtube', availability_type: 'FREE', regions: [], available_from: '2025-12-31T23:00:00.000Z', expires_at: null, source: 'x' },
    ]);
  });

  it('keys every name, with and without a leading article, and one autocomplete term per distinct key', () => {
    const { documents, titleTerms } = prepareDocuments([{ ...terminator!, originalName: 'THE TERMINATOR', localizedNames: ['Terminator', 'Der Terminator'] }]);
    expect(documents[0]?.name_keys).toEqual(['the terminator', 'terminator', 'der terminator']);
    expect(documents[0]?.names_text).toBe('the terminator / terminator / der terminator');
    expect(titleTerms.map((t) => [t.term, t.norm])).toEqual([
      ['The Terminator', 'the terminator'],
      ['Terminator', 'terminator'],
      ['Der Terminator', 'der terminator'],
    ]);
    expect(documents[0]?.people_keys).toEqual(['james cameron', 'arnold schwarzenegger', 'linda hamilton']);
  });

  it('rejects what cannot be searched and keeps the last document of a title', () => {
    const { documents, rejected } = prepareDocuments([
      { ...terminator!, titleId: 'terminator' },
      { ...terminator!, name: '' },
      { ...terminator!, contentType: 'episode' as Untrusted },
      { ...titanic!, name: 'Titanic (1953)' },
      { ...titanic!, titleId: titanic!.titleId.toUpperCase() },
    ]);
    expect(rejected).toEqual([
      { titleId: 'terminator', reason: 'titleId is not a UUID' },
      { titleId: fixtureId('The Terminator'), reason: 'name is empty' },
      { titleId: fixtureId('The Terminator'), reason: 'unknown content type "episode"' },
    ]);
    expect(documents.map((d) => [d.title_id, d.name])).toEqual([[titanic!.titleId, 'Titanic']]);
  });
});
