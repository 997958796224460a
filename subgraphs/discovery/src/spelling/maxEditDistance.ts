/**
 * How many edits a word of this length may be corrected by: none up to 3 letters ("teh" is as likely "ted"), one for
 * 4–6 letters, two from 7 (PRODUCT_SPEC §4 caps correction at 2). Short words have too many neighbours at distance
 * two for a correction to be more than a guess: with the seeded catalogue, a 6-letter studio name such as "ghibli" is
 * two edits from the title "Gigli".
 */
export function maxEditDistance(length: number): number {
  if (length <= 3) return 0;
  if (length <= 6) return 1;
  return 2;
}
