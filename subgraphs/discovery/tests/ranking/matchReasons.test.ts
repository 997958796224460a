import { describe, expect, it } from 'vitest';
import { matchReasons, parseIntent } from '@media-gateway/discovery';
import { candidate } from '../support/candidate.js';

const NOW = new Date('2025-06-15T12:00:00Z');
const intent = (query: string) => parseIntent(query, undefined, { now: NOW });

describe('matchReasons', () => {
  it('names a decade when the query asked for one, the year otherwise', () => {
    expect(matchReasons(candidate('a', { releaseYear: 1995 }), intent('90s'), { now: NOW })).toEqual([
      { kind: 'era', text: 'from the 1990s' },
    ]);
    expect(matchReasons(candidate('a', { releaseYear: 2004 }), intent('after 2000'), { now: NOW })).toEqual([
      { kind: 'era', text: 'from 2004' },
    ]);
    expect(matchReasons(candidate('a', { releaseYear: 1985 }), intent('90s'), { now: NOW })).toEqual([]);
  });

  it('describes the runtime and the offer that matched', () => {
    const film = candidate('a', {
      runtimeMinutes: 112,
      offers: [
        { platform: 'youtube', regions: ['GB'], availabilityType: 'FREE' },
        { platform: 'youtube', regions: ['US'], availabilityType: 'RENTAL' },
      ],
    });
    expect(matchReasons(film, intent('under two hours free on youtube'), { region: 'GB', now: NOW })).toEqual([
      { kind: 'runtime', text: 'runs 1 h 52 min' },
      { kind: 'platform', text: 'free on YouTube' },
    ]);
    expect(matchReasons(film, intent('free on youtube'), { region: 'US', now: NOW })).toEqual([]);
  });

  it('credits cast and directors by the role asked for', () => {
    const film = candidate('a', { directors: ['Greta Gerwig'], cast: ['Saoirse Ronan'] });
    expect(matchReasons(film, intent('starring Saoirse Ronan'), { now: NOW })).toEqual([{ kind: 'person', text: 'starring Saoirse Ronan' }]);
    expect(matchReasons(film, intent('directed by Saoirse Ronan'), { now: NOW })).toEqual([]);
  });

  it('falls back to "close in meaning" for a vector hit with nothing more specific', () => {
    expect(matchReasons(candidate('a'), intent('lonely robots'), { retrievers: ['vector'], now: NOW })).toEqual([
      { kind: 'semantic', text: 'close in meaning to your search' },
    ]);
    expect(matchReasons(candidate('a', { title: 'Robots' }), intent('lonely robots'), { retrievers: ['vector'], now: NOW })).toEqual([
      { kind: 'keyword', text: "matches 'robots'" },
    ]);
  });
});
