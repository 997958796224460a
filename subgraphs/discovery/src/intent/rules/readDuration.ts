import type { Token } from '../../lib/tokenize.js';
import { TENS, UNITS } from '../data/numberWords.js';
import { HOUR_UNITS, MINUTE_UNITS } from '../data/timeTerms.js';
import { readNumber } from './readNumber.js';

/** A duration in minutes and the index of the first token after it. */
export interface DurationRead {
  minutes: number;
  next: number;
}

// "2h", "1.5hrs", "1h30", "1h30m", "90min", "90m".
const COMPACT = /^(\d+(?:\.\d+)?)(h|hr|hrs|hour|hours|m|min|mins|minute|minutes)(?:(\d+)(m|min|mins)?)?$/;

/**
 * Reads a duration at `tokens[i]`: "two hours", "2 hours 15 minutes", "an hour and a half", "two and a half hours",
 * "half an hour", "ninety minutes", "1h30", "2h", "90-minute", "two-hour". Null when none starts there.
 */
export function readDuration(tokens: readonly Token[], i: number): DurationRead | null {
  const token = tokens[i];
  if (!token) return null;

  const compact = token.kind === 'number' ? COMPACT.exec(token.norm) : null;
  if (compact) {
    const [, amount, unit, extra] = compact;
    let minutes = Number(amount) * (HOUR_UNITS.has(unit ?? '') ? 60 : 1);
    if (extra !== undefined) {
      if (!HOUR_UNITS.has(unit ?? '')) return null;
      minutes += Number(extra);
    }
    return withMinutes(tokens, { minutes, next: i + 1 });
  }

  // "half an hour"
  if (token.norm === 'half' && ['a', 'an'].includes(tokens[i + 1]?.norm ?? '') && HOUR_UNITS.has(tokens[i + 2]?.norm ?? '')) {
    return { minutes: 30, next: i + 3 };
  }

  // "two-hour", "ninety-minute": a spelled number and a unit joined by a hyphen.
  if (token.kind === 'word' && token.text.includes('-')) {
    const parts = token.text.toLowerCase().split('-');
    const unit = parts.pop() ?? '';
    const amount = parts.length === 1 ? (UNITS.get(parts[0] ?? '') ?? TENS.get(parts[0] ?? '')) : undefined;
    if (amount !== undefined && (HOUR_UNITS.has(unit) || MINUTE_UNITS.has(unit))) {
      return { minutes: amount * (HOUR_UNITS.has(unit) ? 60 : 1), next: i + 1 };
    }
  }

  const number = readNumber(tokens, i, true);
  if (!number) return null;
  let next = number.next;
  if (tokens[next]?.kind === 'dash') next++; // "90-minute"
  const unit = tokens[next]?.norm ?? '';
  if (HOUR_UNITS.has(unit)) {
    let minutes = number.value * 60;
    next++;
    // "an hour and a half"
    if (tokens[next]?.norm === 'and' && ['a', 'an'].includes(tokens[next + 1]?.norm ?? '') && tokens[next + 2]?.norm === 'half') {
      minutes += 30;
      next += 3;
    }
    return withMinutes(tokens, { minutes, next });
  }
  if (MINUTE_UNITS.has(unit)) return { minutes: number.value, next: next + 1 };
  return null;
}

/** "2 hours 15 minutes", "2 hours and 15 minutes", "1h 30m": minutes after hours. */
function withMinutes(tokens: readonly Token[], read: DurationRead): DurationRead {
  let next = read.next;
  if (tokens[next]?.norm === 'and') next++;
  const token = tokens[next];
  if (token?.kind === 'number') {
    const compact = /^(\d+)(m|min|mins|minute|minutes)$/.exec(token.norm);
    if (compact) return { minutes: read.minutes + Number(compact[1]), next: next + 1 };
  }
  const number = readNumber(tokens, next);
  if (number && MINUTE_UNITS.has(tokens[number.next]?.norm ?? '')) {
    return { minutes: read.minutes + number.value, next: number.next + 1 };
  }
  return read;
}
