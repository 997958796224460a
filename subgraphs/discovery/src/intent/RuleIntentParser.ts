import type { IntentParseOptions, IntentParser } from './IntentParser.js';
import { IntentVocabulary } from './IntentVocabulary.js';
import type { ParsedIntent } from './ParsedIntent.js';
import { RULE_PARSER_NAME, parseIntent } from './parseIntent.js';

/** The default `IntentParser`: `parseIntent` over a prepared vocabulary. Offline, synchronous underneath. */
export class RuleIntentParser implements IntentParser {
  readonly name = RULE_PARSER_NAME;

  constructor(private readonly vocabulary: IntentVocabulary = IntentVocabulary.EMPTY) {}

  parse(text: string, options: IntentParseOptions = {}): Promise<ParsedIntent> {
    return Promise.resolve(parseIntent(text, this.vocabulary, options.now ? { now: options.now } : {}));
  }
}
