import { LEXICON } from '../lexicon.js';
import type { IntentEffect, Rule } from './Rule.js';

// "included with Prime" says where and how: on Prime Video, with the subscription.
const SUBSCRIPTION_PREFIXES = new Set(['includedwith', 'includedin']);

/**
 * Platforms: "on Netflix", "netflix", "streaming on Hulu or Max", "included with Prime". Guarded names ("max",
 * "prime", "disney") need a prefix such as "on", or to continue a list of platforms.
 */
export const matchPlatform: Rule = (context, i) => {
  const { tokens } = context;
  const prefix = LEXICON.platformPrefixes.match(tokens, i);
  let next = prefix ? i + prefix.length : i;
  const first = LEXICON.platforms.match(tokens, next, { accept: (p) => !p.guarded || prefix !== null });
  if (!first) return null;
  const platforms = [first.value.id];
  next += first.length;

  // "on Netflix or Max", "netflix, hulu and disney+"
  for (;;) {
    const joiner = LEXICON.listJoiners.match(tokens, next);
    // Without a joiner only an unambiguous name continues the list: "on netflix max 2 hours" is no HBO Max.
    const more = LEXICON.platforms.match(tokens, joiner ? next + 1 : next, { accept: (p) => !p.guarded || joiner !== null });
    if (!more) break;
    platforms.push(more.value.id);
    next += (joiner ? 1 : 0) + more.length;
  }

  const effect: IntentEffect = { platforms };
  const prefixKey = prefix ? tokens.slice(i, i + prefix.length).map((t) => t.norm).join('') : '';
  if (SUBSCRIPTION_PREFIXES.has(prefixKey)) effect.availabilityTypes = ['SUBSCRIPTION'];
  return { length: next - i, label: 'platform', effect };
};
