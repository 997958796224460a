import type { Token } from '../../lib/tokenize.js';
import { TENS, UNITS } from '../data/numberWords.js';

/** A number read from the query and the index of the first token after it. */
export interface NumberRead {
  value: number;
  next: number;
}

/**
 * Reads a number at `tokens[i]`: digits ("90", "1.5") or words ("ninety", "twenty-five", "a hundred and twenty",
 * "two and a half", "an"/"a" as one, "a couple of" as two). Returns null when no number starts there.
 *
 * "a"/"an" count only when `allowArticle` is set, which the duration reader does: "an hour" is one hour, but the
 * "a" of "a thriller" is no number.
 */
export function readNumber(tokens: readonly Token[], i: number, allowArticle = false): NumberRead | null {
  const token = tokens[i];
  if (!token) return null;
  if (token.kind === 'number') {
    if (!/^\d+(\.\d+)?$/.test(token.norm)) return null;
    return withHalf(tokens, { value: Number(token.norm), next: i + 1 });
  }
  if (token.kind !== 'word') return null;

  if (token.norm === 'half') return { value: 0.5, next: i + 1 };
  if ((token.norm === 'a' || token.norm === 'an') && allowArticle) {
    const after = tokens[i + 1]?.norm;
    if (after === 'couple') return { value: 2, next: tokens[i + 2]?.norm === 'of' ? i + 3 : i + 2 };
    if (after === 'hundred') return readWords(tokens, i + 1, 1);
    return withHalf(tokens, { value: 1, next: i + 1 });
  }
  return readWords(tokens, i, null);
}

/** Spelled-out numbers up to 999: "ninety", "twenty five", "one hundred and twenty". `leading` is an "a" already read. */
function readWords(tokens: readonly Token[], i: number, leading: number | null): NumberRead | null {
  let value: number;
  let next: number;
  if (leading !== null) {
    value = leading;
    next = i;
  } else {
    const group = readBelowHundred(tokens, i);
    if (!group) return null;
    ({ value, next } = group);
  }
  if (tokens[next]?.norm === 'hundred' && value >= 1 && value <= 9) {
    value *= 100;
    next++;
    // "a hundred and twenty": the "and" belongs to the number only when a number word follows it.
    const rest = readBelowHundred(tokens, tokens[next]?.norm === 'and' ? next + 1 : next);
    if (rest) ({ value, next } = { value: value + rest.value, next: rest.next });
  } else if (leading !== null) {
    return null;
  }
  return withHalf(tokens, { value, next });
}

/** 0–99 in words: "seven", "ninety", "twenty five", "twenty-five". */
function readBelowHundred(tokens: readonly Token[], i: number): NumberRead | null {
  const token = tokens[i];
  if (!token || token.kind !== 'word') return null;
  const parts = token.text.toLowerCase().split('-');
  if (parts.length === 2) {
    const tens = TENS.get(parts[0] ?? '');
    const unit = UNITS.get(parts[1] ?? '');
    return tens !== undefined && unit !== undefined && unit >= 1 && unit <= 9 ? { value: tens + unit, next: i + 1 } : null;
  }
  const unit = UNITS.get(token.norm);
  if (unit !== undefined) return { value: unit, next: i + 1 };
  const tens = TENS.get(token.norm);
  if (tens === undefined) return null;
  const following = UNITS.get(tokens[i + 1]?.norm ?? '');
  return following !== undefined && following >= 1 && following <= 9 ? { value: tens + following, next: i + 2 } : { value: tens, next: i + 1 };
}

/** "two and a half" → 2.5. */
function withHalf(tokens: readonly Token[], read: NumberRead): NumberRead {
  const [and, a, half] = [tokens[read.next], tokens[read.next + 1], tokens[read.next + 2]];
  if (and?.norm === 'and' && (a?.norm === 'a' || a?.norm === 'an') && half?.norm === 'half') {
    return { value: read.value + 0.5, next: read.next + 3 };
  }
  return read;
}
