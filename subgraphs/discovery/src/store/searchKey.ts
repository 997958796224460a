import { foldText } from '../lib/foldText.js';

/**
 * The form names and typed text are compared in by autocomplete and trigram matching: folded ("Amélie" → "amelie"),
 * every run of punctuation or spaces one space ("Spider-Man: No Way Home" → "spider man no way home",
 * "d'Amélie" → "d amelie", as Postgres' text parser splits words). Letters and digits of every script stay, so
 * "千と千尋の神隠し" is its own key. The same function keys stored names and the user's input, so both sides agree.
 */
export function searchKey(text: string): string {
  return foldText(text)
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')
    .trim();
}
