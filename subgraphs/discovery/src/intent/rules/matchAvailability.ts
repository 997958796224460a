import type { AvailabilityType } from '../../vocabulary/catalogTypes.js';
import { LEXICON } from '../lexicon.js';
import type { Rule } from './Rule.js';

/** Offer types: "free", "to rent", "to buy", "with my subscription". */
export const matchAvailability: Rule = (context, i) => {
  const found = LEXICON.availability.match(context.tokens, i);
  if (!found) return null;
  const availabilityTypes: AvailabilityType[] = [found.value];
  return { length: found.length, label: 'availability', effect: { availabilityTypes } };
};
