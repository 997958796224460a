import type { Genre } from '../../vocabulary/genres.js';
import type { ContentType } from '../../vocabulary/catalogTypes.js';
import type { Mood } from './moods.js';

/** What one genre word means: genres, and sometimes a content type or mood that comes with it. */
export interface GenreTerm {
  genres: readonly Genre[];
  contentTypes?: readonly ContentType[];
  moods?: readonly Mood[];
}

/** Adds the plural of each noun ("thriller" → "thrillers", "comedy" → "comedies"). */
function withPlurals(nouns: readonly string[]): string[] {
  return nouns.flatMap((noun) => {
    if (/[^aeiou]y$/.test(noun)) return [noun, `${noun.slice(0, -1)}ies`];
    if (/(s|x|ch|sh)$/.test(noun)) return [noun, `${noun}es`];
    // "superhero" → "superheroes", though people also type "superheros".
    if (/[^aeiou]o$/.test(noun)) return [noun, `${noun}es`, `${noun}s`];
    return [noun, `${noun}s`];
  });
}

function terms(words: readonly string[], meaning: GenreTerm): [string, GenreTerm][] {
  return words.map((word) => [word, meaning]);
}

/**
 * Genre and sub-genre words (PRODUCT_SPEC §2 allows sub-genres mapped onto the 18). Multi-genre words carry every
 * genre they imply: a rom-com is romance and comedy. Hyphens and spaces are interchangeable in matching, so
 * "sci-fi", "sci fi" and "scifi" are one entry. Longer phrases win over their first word ("dark comedy" over
 * "dark", "family friendly" over "family").
 */
export const GENRE_TERMS: ReadonlyMap<string, GenreTerm> = new Map<string, GenreTerm>([
  ...terms(['action', 'action movie', 'action film', 'martial arts', 'kung fu', ...withPlurals(['superhero', 'super hero'])], { genres: ['action'] }),
  ...terms(withPlurals(['adventure']), { genres: ['adventure'] }),
  ...terms(['animation', 'animated', 'anime', ...withPlurals(['cartoon'])], { genres: ['animation'] }),
  ...terms(['comedy', 'comedies', 'comedic', 'stand-up', 'standup', 'slapstick', 'spoof', 'parody', 'parodies'], { genres: ['comedy'] }),
  ...terms(withPlurals(['sitcom']), { genres: ['comedy'], contentTypes: ['SERIES'] }),
  ...terms([...withPlurals(['rom-com', 'romantic comedy']), 'romcom', 'romcoms'], { genres: ['romance', 'comedy'] }),
  ...terms(withPlurals(['dramedy']), { genres: ['comedy', 'drama'] }),
  ...terms(['dark comedy', 'dark comedies', 'black comedy', 'black comedies'], { genres: ['comedy'], moods: ['dark'] }),
  ...terms(['crime', ...withPlurals(['gangster', 'mobster', 'cop']), 'mafia', 'mob', 'organized crime'], { genres: ['crime'] }),
  ...terms(['noir', 'film noir', 'neo-noir'], { genres: ['crime'], moods: ['dark'] }),
  ...terms(['true crime'], { genres: ['documentary', 'crime'] }),
  ...terms([...withPlurals(['documentary', 'doc']), 'documental'], { genres: ['documentary'] }),
  ...terms(['docuseries', 'docu-series'], { genres: ['documentary'], contentTypes: ['SERIES'] }),
  ...terms([...withPlurals(['drama']), 'dramatic'], { genres: ['drama'] }),
  ...terms(withPlurals(['period drama', 'period piece', 'costume drama']), { genres: ['drama', 'history'] }),
  ...terms([...withPlurals(['biopic']), 'biographical'], { genres: ['history', 'drama'] }),
  ...terms(['family', 'family movie', 'family film'], { genres: ['family'] }),
  ...terms([...withPlurals(['fantasy', 'fairy tale', 'fairytale']), 'sword and sorcery'], { genres: ['fantasy'] }),
  ...terms(['history', 'historical', 'historic'], { genres: ['history'] }),
  ...terms([...withPlurals(['horror', 'slasher', 'zombie', 'creature feature']), 'gore', 'gory'], { genres: ['horror'] }),
  ...terms(['music', ...withPlurals(['musical', 'concert film'])], { genres: ['music'] }),
  ...terms([...withPlurals(['mystery', 'whodunit', 'whodunnit', 'detective']), 'murder mystery'], { genres: ['mystery'] }),
  ...terms(withPlurals(['romance', 'love story']), { genres: ['romance'] }),
  ...terms(['romantic'], { genres: ['romance'], moods: ['romantic'] }),
  ...terms(['science fiction', 'sci-fi', 'sf', 'cyberpunk', 'dystopian', ...withPlurals(['space opera', 'dystopia'])], {
    genres: ['science_fiction'],
  }),
  ...terms([...withPlurals(['thriller', 'psychological thriller', 'techno-thriller', 'spy']), 'suspense', 'espionage', 'spies'], {
    genres: ['thriller'],
  }),
  ...terms(['war', 'wartime', 'war movie', 'war film', 'war movies', 'war films'], { genres: ['war'] }),
  ...terms([...withPlurals(['western', 'spaghetti western', 'cowboy'])], { genres: ['western'] }),
]);

/** Words for the catalog's content types; "movie" and "show" also end up here rather than in the text. */
export const CONTENT_TYPE_TERMS: ReadonlyMap<string, ContentType> = new Map<string, ContentType>([
  ...withPlurals(['movie', 'film', 'flick', 'feature film', 'feature']).map((w): [string, ContentType] => [w, 'MOVIE']),
  ...[...withPlurals(['show', 'tv show', 'tv program']), 'series', 'tv series', 'miniseries', 'mini-series', 'limited series', 'tv']
    .map((w): [string, ContentType] => [w, 'SERIES']),
]);
