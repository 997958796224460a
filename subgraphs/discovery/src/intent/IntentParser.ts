import type { ParsedIntent } from './ParsedIntent.js';

/**
 * The seam for query understanding (PRODUCT_SPEC §4). The rule-based parser is the default and needs nothing but
 * the vocabulary; an LLM parser (§4: GPT-4o-mini, JSON output, 2 s timeout) may implement the same method later and
 * be put in front of it with `createIntentParser`. Nothing here needs a network.
 */
export interface IntentParser {
  /** Short name reported in `ParsedIntent.parser` and in logs ("rules", "llm"). */
  readonly name: string;
  parse(text: string, options?: IntentParseOptions): Promise<ParsedIntent>;
}

export interface IntentParseOptions {
  /**
   * "Now" for relative years ("recent", "last year"). Pass the request's clock so a parse is reproducible.
   * @default new Date()
   */
  now?: Date;
  /** Aborts an LLM call when the request is cancelled or its budget is spent. */
  signal?: AbortSignal;
}
