/**
 * Text as a search or a name lookup compares it: lower case, accents dropped ("Ciática" is
 * "ciatica"). The accents are the combining marks NFD leaves after a Latin letter; a `\p{M}`
 * class would cover every script, but V8 checks each regular expression of a file as it loads
 * it, and a Unicode property class costs about 2 million instructions there (measured).
 */
export function fold(text: string): string {
  // Most words are plain ASCII, which has no accents: normalising is a call into ICU per word.
  if (!/[^ -~]/.test(text)) return text.toLowerCase();
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

let words: RegExp | undefined;

/**
 * Matches the words of a text (letters and digits of any script). Made on first use, for the
 * same reason: a `\p{L}` literal would cost every command that loads this file, used or not.
 */
export function wordPattern(): RegExp {
  words ??= new RegExp("[\\p{L}\\p{N}][\\p{L}\\p{N}'\\u2019-]*", 'gu');
  words.lastIndex = 0;
  return words;
}
