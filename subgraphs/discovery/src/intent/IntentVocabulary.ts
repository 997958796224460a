import { PhraseTable } from '../lib/PhraseTable.js';
import { tokenize } from '../lib/tokenize.js';
import { DEFAULT_POPULARITY, type DiscoveryVocabulary } from '../vocabulary/DiscoveryVocabulary.js';

/** A title or person the vocabulary knows, as the parser reports it. */
export interface KnownName {
  /** The spelling to report: the catalogue's, not the query's ("heat" → "Heat"). */
  display: string;
  popularity: number;
  /** How many words the name has; one-word titles are never protected from the rules. */
  words: number;
}

const LEADING_ARTICLE = /^(the|a|an)\s+/i;
// Surnames shorter than this ("Lee", "Li") name too many people to stand for one of them.
const MIN_SURNAME_LENGTH = 4;

const morePopular = (existing: KnownName, incoming: KnownName) => existing.popularity >= incoming.popularity;

/**
 * The catalogue's titles and people prepared for the intent parser: built once per vocabulary version, then shared
 * by every parse. Titles are also stored without a leading article ("like Dark Knight" finds "The Dark Knight"), and
 * a surname stands for a person when exactly one known person has it ("directed by nolan").
 */
export class IntentVocabulary {
  static readonly EMPTY = new IntentVocabulary(new PhraseTable(), new PhraseTable(), new Map());

  private constructor(
    readonly titles: PhraseTable<KnownName>,
    readonly people: PhraseTable<KnownName>,
    private readonly surnames: ReadonlyMap<string, KnownName>,
  ) {}

  static from(vocabulary: DiscoveryVocabulary): IntentVocabulary {
    const titles = new PhraseTable<KnownName>();
    for (const title of vocabulary.titles) {
      const display = title.text.trim();
      const words = tokenize(display).length;
      if (words === 0) continue;
      const known: KnownName = { display, popularity: title.popularity ?? DEFAULT_POPULARITY, words };
      titles.set(display, known, morePopular);
      const bare = display.replace(LEADING_ARTICLE, '');
      if (bare !== display && bare.length >= 4) titles.set(bare, { ...known, words: words - 1 }, morePopular);
    }

    const people = new PhraseTable<KnownName>();
    const bySurname = new Map<string, KnownName | null>();
    for (const person of vocabulary.people) {
      const display = person.name.trim();
      const tokens = tokenize(display);
      if (tokens.length === 0) continue;
      const known: KnownName = { display, popularity: person.popularity ?? DEFAULT_POPULARITY, words: tokens.length };
      people.set(display, known, morePopular);
      const surname = tokens.at(-1)?.norm ?? '';
      if (tokens.length > 1 && surname.length >= MIN_SURNAME_LENGTH) {
        const other = bySurname.get(surname);
        // A second person with the surname makes it ambiguous for good (null), unless it is the same name again.
        bySurname.set(surname, other === undefined || other?.display === display ? known : null);
      }
    }
    const surnames = new Map<string, KnownName>();
    for (const [surname, known] of bySurname) if (known) surnames.set(surname, known);
    return new IntentVocabulary(titles, people, surnames);
  }

  /** The one known person with this surname (a token norm), if exactly one has it. */
  personBySurname(norm: string): KnownName | undefined {
    return this.surnames.get(norm);
  }
}
