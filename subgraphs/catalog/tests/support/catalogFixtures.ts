import type { ResolvedTitle } from '../../src/ingestion/types.js';
import { offer, resolvedTitle } from './resolvedTitle.js';

const DAY = 86_400_000;

/** A small catalogue where each title exercises one filter or availability rule. `now` anchors the windows. */
export function catalogFixtures(now: Date): ResolvedTitle[] {
  const past = new Date(now.getTime() - 30 * DAY);
  const future = new Date(now.getTime() + 30 * DAY);
  return [
    resolvedTitle('Heat', {
      releaseYear: 1995, genres: ['crime', 'thriller', 'action'], rating: 'R', runtimeMinutes: 170, popularity: 0.9, averageRating: 8.2, voteCount: 500_000,
      credits: [{ personName: 'Michael Mann', role: 'DIRECTOR', job: 'Director', position: 0 }],
      externalIds: [{ system: 'imdb', value: 'tt0113277' }],
      offers: [
        offer({ platformId: 'netflix', regions: ['US'], platformTitleId: '60000000' }),
        offer({ platformId: 'prime_video', regions: ['US'], availabilityType: 'RENTAL', price: { amount: 3.99, currency: 'USD' }, platformTitleId: 'B00HEAT' }),
      ],
    }),
    resolvedTitle('Toy Story', {
      releaseYear: 1995, genres: ['animation', 'family', 'comedy'], rating: 'G', runtimeMinutes: 81, popularity: 0.85, averageRating: 8.1,
      offers: [offer({ platformId: 'disney_plus', platformTitleId: 'toy-story' })],
    }),
    resolvedTitle('Spirited Away', {
      releaseYear: 2001, genres: ['animation', 'fantasy'], rating: 'PG', runtimeMinutes: 125, popularity: 0.8, averageRating: 8.6,
      originalTitle: '千と千尋の神隠し', originalLanguage: 'ja',
      localizedTitles: [{ locale: 'en', names: ['Spirited Away'] }, { locale: 'ja', names: ['千と千尋の神隠し'] }, { locale: 'zh-Hans', names: ['千与千寻'] }],
      offers: [offer({ platformId: 'netflix', platformTitleId: '60023642' })],
    }),
    resolvedTitle('Cowboy Bebop', {
      contentType: 'SERIES', releaseDate: null, genres: ['animation', 'action', 'science_fiction'], popularity: 0.6,
      externalIds: [{ system: 'mal', value: '1' }],
      offers: [offer({ platformId: 'crunchyroll', platformTitleId: 'GYVNXMVP6' }), offer({ platformId: 'bilibili', platformTitleId: '28220978' })],
    }),
    resolvedTitle('Expired Film', {
      releaseYear: 2005, genres: ['drama'], rating: 'PG-13', runtimeMinutes: 100, popularity: 0.5, averageRating: 6.5,
      offers: [offer({ platformId: 'netflix', regions: ['US'], expiresAt: past, platformTitleId: '1' })],
    }),
    resolvedTitle('Future Film', {
      releaseYear: 2010, genres: ['comedy'], rating: 'PG-13', runtimeMinutes: 95, popularity: 0.4,
      offers: [offer({ platformId: 'hulu', regions: ['US'], availableFrom: future, platformTitleId: 'future' })],
    }),
    resolvedTitle('Demo Film', {
      releaseYear: 1980, genres: ['horror'], rating: 'R', runtimeMinutes: 90, popularity: 0.3, averageRating: 6,
      offers: [offer({ platformId: 'peacock', regions: ['US'], availabilityType: 'FREE', source: 'DEMO', platformTitleId: 'demo' })],
    }),
    resolvedTitle('Deleted Film', { releaseYear: 1999, genres: ['horror'], popularity: 0.95 }),
  ];
}
