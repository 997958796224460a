import type { IntentParseOptions, IntentParser } from './IntentParser.js';
import type { ParsedIntent } from './ParsedIntent.js';

/** §4: an LLM answer is trusted (and may be cached) from this confidence up. */
export const LLM_MIN_CONFIDENCE = 0.7;
/** §4: the LLM call's timeout. */
export const LLM_TIMEOUT_MS = 2000;

export interface CreateIntentParserOptions {
  /** The offline parser, always available; answers whenever the LLM is absent, slow, failing or unsure. */
  rules: IntentParser;
  /**
   * An optional LLM-backed parser. Off by default: without it the rule parser answers alone and nothing touches
   * the network.
   */
  llm?: IntentParser;
  /** @default 2000 (§4) */
  llmTimeoutMs?: number;
  /** @default 0.7 (§4) */
  minLlmConfidence?: number;
}

/**
 * The intent parser discovery uses: the LLM first when one is configured, the rules otherwise. An LLM answer counts
 * only when it arrives within the timeout with confidence ≥ `minLlmConfidence`; any error, timeout or low confidence
 * falls back to the rules, so a search never fails because the LLM did.
 */
export function createIntentParser(options: CreateIntentParserOptions): IntentParser {
  const { rules, llm } = options;
  if (!llm) return rules;
  const timeoutMs = options.llmTimeoutMs ?? LLM_TIMEOUT_MS;
  const minConfidence = options.minLlmConfidence ?? LLM_MIN_CONFIDENCE;
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) throw new TypeError(`llmTimeoutMs must be a positive number, got ${timeoutMs}`);
  if (!(minConfidence >= 0 && minConfidence <= 1)) throw new TypeError(`minLlmConfidence must be in [0, 1], got ${minConfidence}`);

  return {
    name: `${llm.name}+${rules.name}`,
    async parse(text: string, parseOptions: IntentParseOptions = {}): Promise<ParsedIntent> {
      const answer = await withTimeout(llm, text, parseOptions, timeoutMs);
      if (answer && answer.confidence >= minConfidence) return answer;
      return rules.parse(text, parseOptions);
    },
  };
}

/** The LLM's answer, or null when it failed or took longer than `timeoutMs` (the call is then aborted). */
async function withTimeout(
  llm: IntentParser,
  text: string,
  options: IntentParseOptions,
  timeoutMs: number,
): Promise<ParsedIntent | null> {
  const controller = new AbortController();
  const onAbort = () => controller.abort(options.signal?.reason);
  options.signal?.addEventListener('abort', onAbort, { once: true });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => {
      controller.abort(new Error(`intent LLM timed out after ${timeoutMs} ms`));
      resolve(null);
    }, timeoutMs);
  });
  try {
    return await Promise.race([llm.parse(text, { ...options, signal: controller.signal }).catch(() => null), timeout]);
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }
}
