import type { Lang } from './lang.js';

/** Undoes a doubled last letter left by a suffix ("sitting" -> "sitt" -> "sit"). */
function undouble(word: string): string {
  return /([b-df-hj-np-tv-z])\1$/.test(word) ? word.slice(0, -1) : word;
}

/**
 * The simple forms of an English word cut to one stem, enough for a guide's search: plurals,
 * -ing, -ed, -ness, -ly and a final e. Not a full stemmer: a short word is left as it is.
 */
function stemEnglish(word: string): string {
  let w = word;
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 5 && w.endsWith('ness')) w = w.slice(0, -4);
  else if (w.length > 5 && w.endsWith('ing')) w = undouble(w.slice(0, -3));
  else if (w.length > 4 && w.endsWith('ed')) w = undouble(w.slice(0, -2));
  else if (w.length > 4 && w.endsWith('ly')) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

/** Spanish, accents already folded: plurals, -mente, and the last vowel of gender ("ciatico", "ciatica"). */
function stemSpanish(word: string): string {
  let w = word;
  if (w.length > 7 && w.endsWith('mente')) w = w.slice(0, -5);
  else if (w.length > 5 && w.endsWith('ciones')) w = w.slice(0, -2);
  else if (w.length > 4 && w.endsWith('es')) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s')) w = w.slice(0, -1);
  if (w.length > 3 && /[aeo]$/.test(w)) w = w.slice(0, -1);
  return w;
}

/** A language without its stemmer fails the type check here. */
const STEMMERS: Readonly<Record<Lang, (word: string) => string>> = { en: stemEnglish, es: stemSpanish };

/** The stem of a folded word (see fold.ts) in a language. */
export function stem(word: string, lang: Lang): string {
  return STEMMERS[lang](word);
}
