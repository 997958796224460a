import { createIntentParser } from '../intent/createIntentParser.js';
import type { IntentParser } from '../intent/IntentParser.js';
import { IntentVocabulary } from '../intent/IntentVocabulary.js';
import type { ParsedIntent } from '../intent/ParsedIntent.js';
import { RuleIntentParser } from '../intent/RuleIntentParser.js';
import { buildSpellingTerms } from '../spelling/buildSpellingTerms.js';
import { SpellCorrector } from '../spelling/SpellCorrector.js';
import type { SpellCorrection } from '../spelling/SpellingTerm.js';
import type { DiscoveryStore } from '../store/DiscoveryStore.js';

export interface Understood {
  /** Null when the query was searched as typed. */
  correction: SpellCorrection | null;
  intent: ParsedIntent;
}

/**
 * Spell correction, then intent parsing (PRODUCT_SPEC §4: correction runs before the parser), over the catalogue's
 * vocabulary. Both are rebuilt from the read model by `refresh`, which the projection calls after the catalogue
 * changes; a search in the meantime uses the previous build, never a half-built one.
 */
export class QueryUnderstanding {
  private corrector = SpellCorrector.build(buildSpellingTerms({ titles: [], people: [] }));
  private parser: IntentParser = new RuleIntentParser();
  private refreshing: Promise<void> | null = null;
  private stale = false;

  constructor(
    private readonly store: Pick<DiscoveryStore, 'vocabulary'>,
    /** An optional LLM parser tried before the rules (off unless configured). */
    private readonly llm?: IntentParser,
  ) {}

  async understand(text: string, now: Date, signal?: AbortSignal): Promise<Understood> {
    const correction = this.corrector.correct(text);
    const query = correction.changed ? correction.corrected : text;
    const intent = await this.parser.parse(query, { now, ...(signal ? { signal } : {}) });
    return { correction: correction.changed ? correction : null, intent };
  }

  /** Rebuilds from the store; calls made while one runs are folded into one more run after it. */
  refresh(): Promise<void> {
    if (this.refreshing) {
      this.stale = true;
      return this.refreshing;
    }
    this.refreshing = (async () => {
      do {
        this.stale = false;
        const vocabulary = await this.store.vocabulary();
        this.corrector = SpellCorrector.build(buildSpellingTerms(vocabulary));
        const rules = new RuleIntentParser(IntentVocabulary.from(vocabulary));
        this.parser = createIntentParser({ rules, ...(this.llm ? { llm: this.llm } : {}) });
      } while (this.stale);
    })().finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
  }
}
