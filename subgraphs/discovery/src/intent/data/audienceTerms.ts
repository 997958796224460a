import type { ContentRatingLevel } from '../../vocabulary/contentRating.js';

/**
 * Who the viewer is, as a rating limit on the MPAA scale. "for kids" means PG: PG titles are made for a family
 * audience and §2 gives PG a minimum age of 0; toddlers get G. Teens get PG-13, whose minimum age is 13. "rated X"
 * and a bare rating name read as "no stronger than X", which is what someone asking for "PG-13 movies" wants.
 */
export const AUDIENCE_TERMS: ReadonlyMap<string, ContentRatingLevel> = new Map<string, ContentRatingLevel>([
  ...[
    'for toddlers', 'for preschoolers', 'for little kids', 'for little ones', 'for young kids', 'for young children',
    'for small children', 'toddler', 'toddlers', 'preschool', 'preschoolers',
  ].map((p): [string, ContentRatingLevel] => [p, 'G']),
  ...[
    'for kids', 'for the kids', 'for my kids', 'for children', 'for my children', 'for the children', 'for a kid',
    'for a child', 'for tweens', 'kids', 'kid', 'children', 'childrens', "children's", 'kid-friendly', 'kids-friendly',
    'child-friendly', 'suitable for kids', 'safe for kids', 'family-friendly', 'for the family', 'for the whole family',
    'for all ages', 'all ages', 'family night', 'family movie night',
  ].map((p): [string, ContentRatingLevel] => [p, 'PG']),
  ...['for teens', 'for teenagers', 'for a teenager', 'for my teen', 'teen', 'teens', 'teenagers'].map(
    (p): [string, ContentRatingLevel] => [p, 'PG_13'],
  ),
  ...(['G', 'PG', 'PG-13', 'R', 'NC-17'] as const).flatMap((label): [string, ContentRatingLevel][] => {
    const level = label.replace('-', '_') as ContentRatingLevel;
    const spelled = label.toLowerCase();
    // A bare "r" or "g" is too common a letter to mean a rating; they need "rated".
    const bare: [string, ContentRatingLevel][] = label.length > 1 ? [[spelled, level]] : [];
    return [[`rated ${spelled}`, level], [`${spelled}-rated`, level], [`${spelled} rated`, level], ...bare];
  }),
]);
