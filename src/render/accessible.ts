import { WARNING_MARK } from '../content/item-markdown.js';

/**
 * Text for a screen reader or braille display: the `[!]` symbol goes (a warning sign keeps its
 * word, "Emergency:"), and so do rules and bars drawn with box characters, which are read out
 * one by one or fill a braille line with noise.
 */
export function forReaders(text: string): string {
  return text
    .replaceAll(`${WARNING_MARK} `, '')
    .replace(/^[ \t]*[\u2500-\u257f]{3,}[ \t]*$/gm, '')
    .replace(/[\u2500-\u257f]+ ?/g, '')
    .replace(/\n{3,}/g, '\n\n');
}
