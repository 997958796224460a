import { describe, expect, it } from 'vitest';
import { formatSearch } from '../../src/output/formatSearch.js';
import { formatTitleSummary, humanEnum } from '../../src/output/formatTitle.js';
import { alien, searchResults } from './fixtures.js';

describe('formatTitleSummary', () => {
  it('puts the facts on one line and leaves out the unknown ones', () => {
    expect(formatTitleSummary(alien)).toBe('Alien (1979) · movie · Horror, Science Fiction · 117 min · R · ★ 8.1');
    expect(formatTitleSummary({ ...alien, releaseYear: null, genres: [], runtimeMinutes: null, contentRating: null, averageRating: null })).toBe('Alien · movie');
    expect(humanEnum('SCIENCE_FICTION')).toBe('Science Fiction');
  });
});

describe('formatSearch', () => {
  it('shows the correction and warnings first, then numbered hits with why and where, then how many more', () => {
    expect(formatSearch(searchResults, { query: 'alein', region: 'US' })).toBe(
      [
        'Showing results for "alien" (you typed "alein").',
        'note: The search index is still being built; results may be incomplete.',
        '1. Alien (1979) · movie · Horror, Science Fiction · 117 min · R · ★ 8.1',
        '   id: 00000000-0000-4000-8000-000000000001',
        '   why: Title matches "alien"',
        '   watch in US: Netflix, Apple TV',
        '2. Untitled · movie',
        '   id: 00000000-0000-4000-8000-000000000003',
        '   watch in US: not streaming',
        '',
        '2 of 42 shown (use --limit for more).',
      ].join('\n'),
    );
  });

  it('says when it fell back on trending titles, and when nothing was found', () => {
    const trending = { ...searchResults, trending: true, correction: null, warnings: [], hits: [], totalCount: 0 };
    expect(formatSearch(trending, { query: 'zzzz', region: 'GB' })).toBe('Nothing specific matched; showing what is trending.\nNo titles found.');
    expect(formatSearch(trending, { query: '', region: 'GB' })).toBe('Trending now:\nNo titles found.');
  });
});
