import { describe, expect, it } from 'vitest';
import { IntentVocabulary, RuleIntentParser, createIntentParser, parseIntent, type IntentParser, type ParsedIntent } from '@media-gateway/discovery';

const NOW = new Date('2025-06-15T12:00:00Z');
const rules = new RuleIntentParser(IntentVocabulary.EMPTY);

/** A stand-in LLM parser: answers `intent` after `delayMs`, or fails. */
function fakeLlm(answer: (text: string) => ParsedIntent | Error, delayMs = 0): IntentParser & { signals: AbortSignal[] } {
  const signals: AbortSignal[] = [];
  return {
    name: 'llm',
    signals,
    parse(text, options) {
      if (options?.signal) signals.push(options.signal);
      return new Promise((resolve, reject) => {
        setTimeout(() => {
          const result = answer(text);
          if (result instanceof Error) reject(result);
          else resolve(result);
        }, delayMs);
      });
    },
  };
}

const llmIntent = (text: string, confidence: number): ParsedIntent => ({
  ...parseIntent(text, IntentVocabulary.EMPTY, { now: NOW }),
  genres: ['horror'],
  confidence,
  parser: 'llm',
});

describe('createIntentParser', () => {
  it('is the rule parser alone when no LLM is configured (off by default)', async () => {
    const parser = createIntentParser({ rules });
    expect(parser).toBe(rules);
    const intent = await parser.parse('90s thrillers', { now: NOW });
    expect(intent).toMatchObject({ parser: 'rules', confidence: 0.5, genres: ['thriller'], yearRange: { min: 1990, max: 1999 } });
  });

  it('uses a confident LLM answer', async () => {
    const parser = createIntentParser({ rules, llm: fakeLlm((t) => llmIntent(t, 0.9)) });
    expect(parser.name).toBe('llm+rules');
    await expect(parser.parse('spooky stuff', { now: NOW })).resolves.toMatchObject({ parser: 'llm', genres: ['horror'] });
  });

  it('falls back to the rules below the confidence threshold (§4: 0.7)', async () => {
    const parser = createIntentParser({ rules, llm: fakeLlm((t) => llmIntent(t, 0.69)) });
    await expect(parser.parse('90s thrillers', { now: NOW })).resolves.toMatchObject({ parser: 'rules', genres: ['thriller'] });
  });

  it('falls back to the rules when the LLM fails', async () => {
    const parser = createIntentParser({ rules, llm: fakeLlm(() => new Error('quota exceeded')) });
    await expect(parser.parse('90s thrillers', { now: NOW })).resolves.toMatchObject({ parser: 'rules' });
  });

  it('falls back to the rules on timeout and aborts the LLM call', async () => {
    const llm = fakeLlm((t) => llmIntent(t, 0.9), 200);
    const parser = createIntentParser({ rules, llm, llmTimeoutMs: 20 });
    await expect(parser.parse('90s thrillers', { now: NOW })).resolves.toMatchObject({ parser: 'rules' });
    expect(llm.signals[0]?.aborted).toBe(true);
  });

  it('rejects a bad timeout or threshold by name', () => {
    const llm = fakeLlm((t) => llmIntent(t, 0.9));
    expect(() => createIntentParser({ rules, llm, llmTimeoutMs: 0 })).toThrow(new TypeError('llmTimeoutMs must be a positive number, got 0'));
    expect(() => createIntentParser({ rules, llm, minLlmConfidence: 2 })).toThrow(new TypeError('minLlmConfidence must be in [0, 1], got 2'));
  });
});
