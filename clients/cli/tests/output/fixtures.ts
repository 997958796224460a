import type { Device, Offer, SearchResults, TitleDetails } from '../../src/lib/results.js';

export const netflix: Offer = {
  region: 'US',
  availabilityType: 'SUBSCRIPTION',
  qualityTiers: ['HD', 'UHD_4K'],
  availableFrom: null,
  expiresAt: null,
  platform: { id: 'netflix', name: 'Netflix' },
  price: null,
  deepLink: { appUrl: 'nflx://title/1', webUrl: 'https://www.netflix.com/title/1' },
};

export const rental: Offer = {
  ...netflix,
  availabilityType: 'RENTAL',
  qualityTiers: ['HD'],
  platform: { id: 'apple-tv', name: 'Apple TV' },
  price: { amount: 3.99, currency: 'USD' },
  deepLink: { appUrl: null, webUrl: 'https://tv.apple.com/movie/1' },
};

export const alien: TitleDetails = {
  id: '00000000-0000-4000-8000-000000000001',
  name: 'Alien',
  originalName: 'Alien',
  originalLanguage: 'en',
  contentType: 'MOVIE',
  releaseYear: 1979,
  releaseDate: '1979-05-25',
  genres: ['HORROR', 'SCIENCE_FICTION'],
  runtimeMinutes: 117,
  averageRating: 8.14,
  contentRating: { rating: 'R', minimumAge: 17 },
  overview: 'The crew of the Nostromo answers a distress call.',
  directors: ['Ridley Scott'],
  popularity: 90,
  voteCount: 1000,
  credits: [
    { name: 'Ridley Scott', role: 'DIRECTOR', job: 'Director' },
    { name: 'Sigourney Weaver', role: 'CAST', job: null },
    { name: 'Tom Skerritt', role: 'CAST', job: null },
  ],
  externalIds: { imdb: 'tt0078748', tmdbMovie: '348', tmdbTv: null },
  availability: [netflix, rental],
  similar: [
    {
      score: 0.9,
      title: { id: '00000000-0000-4000-8000-000000000002', name: 'Aliens', contentType: 'MOVIE', releaseYear: 1986, genres: ['ACTION'], runtimeMinutes: 137, averageRating: null, contentRating: null },
    },
  ],
};

export const searchResults: SearchResults = {
  totalCount: 42,
  trending: false,
  pageInfo: { hasNextPage: true, endCursor: 'c1' },
  parsed: { kind: 'SEARCH', genres: [], moods: [], contentTypes: [], platforms: [], references: [], yearRange: null },
  correction: { original: 'alein', corrected: 'alien' },
  warnings: [{ code: 'INDEX_CATCHING_UP', message: 'The search index is still being built; results may be incomplete.' }],
  hits: [
    {
      score: 0.93,
      primaryReason: { kind: 'KEYWORD', text: 'Title matches "alien"' },
      title: { ...alien, availability: [netflix, rental, { ...netflix, availabilityType: 'PURCHASE' }] },
    },
    {
      score: 0.5,
      primaryReason: null,
      title: { ...alien, id: '00000000-0000-4000-8000-000000000003', name: 'Untitled', releaseYear: null, genres: [], runtimeMinutes: null, averageRating: null, contentRating: null, availability: [] },
    },
  ],
};

export const tv: Device = {
  id: 'd-tv',
  name: 'Living room TV',
  type: 'TV',
  platform: 'Tizen',
  status: 'WATCHING',
  state: 'WATCHING',
  lastSeenAt: '2025-01-01T10:00:00.000Z',
  capabilities: { remoteControllable: true, canCast: false, canReceiveCast: true, maxResolution: '4K' },
  nowPlaying: { id: alien.id, name: 'Alien' },
};
