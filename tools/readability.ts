import { fleschKincaid } from 'flesch-kincaid';
import { smogFormula } from 'smog-formula';
import { syllable } from 'syllable';
import { markdownToPlain } from '../src/content/plain.js';
import type { Guide, Section } from '../src/content/types.js';

export interface Readability {
  id: string;
  words: number;
  sentences: number;
  syllables: number;
  polysyllables: number;
  /** Flesch-Kincaid grade level. */
  fk: number;
  /** SMOG grade. */
  smog: number;
}

/** The prose a reader reads: the section's text with list items and notes, headings left out. */
export function readableText(section: Section): string {
  const withoutHeadings = section.markdown
    .split('\n')
    .filter((line) => !/^\s*#{1,6}\s/.test(line))
    .join('\n');
  return markdownToPlain(withoutHeadings);
}

/** Sentences: split at . ! ? ; a list item or line that ends without them is a sentence too. */
export function sentencesOf(text: string): string[] {
  return text
    .split('\n')
    .flatMap((line) => line.split(/(?<=[.!?])\s+/))
    .map((s) => s.trim())
    .filter((s) => /[\p{L}\p{N}]/u.test(s));
}

/** Words: a number such as `100,000`, `2.5` or `80%` is one word; so is `hot-water` or `A&E`. */
export function wordsOf(text: string): string[] {
  return text.match(/\p{N}(?:[\p{N},.]*\p{N})?%?|[\p{L}\p{N}][\p{L}\p{N}'’%&-]*/gu) ?? [];
}

const ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

function below1000(n: number): string[] {
  const words: string[] = [];
  if (n >= 100) words.push(ONES[Math.floor(n / 100)] ?? '', 'hundred');
  const rest = n % 100;
  if (rest >= 20) words.push(TENS[Math.floor(rest / 10)] ?? '', ...(rest % 10 ? [ONES[rest % 10] ?? ''] : []));
  else if (rest > 0) words.push(ONES[rest] ?? '');
  return words;
}

/** A numeral as it is read aloud: `100,000` is "one hundred thousand", `2.5` "two point five". */
export function numberWords(numeral: string): string[] {
  const [whole = '', fraction = ''] = numeral.replace(/,/g, '').split('.');
  const digits = (s: string): string[] => [...s].map((d) => ONES[Number(d)] ?? '');
  let n = Number(whole);
  const words: string[] = [];
  if (!Number.isSafeInteger(n) || n >= 1e12) words.push(...digits(whole));
  else if (n === 0) words.push('zero');
  else {
    for (const [scale, name] of [[1e9, 'billion'], [1e6, 'million'], [1e3, 'thousand']] as const) {
      if (n >= scale) words.push(...below1000(Math.floor(n / scale)), name);
      n %= scale;
    }
    words.push(...below1000(n));
  }
  if (fraction) words.push('point', ...digits(fraction));
  return words;
}

/**
 * Syllables of one word. Numerals count as they are read aloud (the SMOG rule: "80%" is
 * "eighty percent", four syllables), so figures do not make the text look easier than it is.
 */
export function syllablesOf(word: string): number {
  const parts = word.match(/\p{N}(?:[\p{N},.]*\p{N})?|[^\p{N}%]+|%/gu) ?? [];
  const count = parts.reduce((sum, part) => {
    if (part === '%') return sum + syllable('percent');
    if (/^\p{N}/u.test(part)) return sum + numberWords(part).reduce((s, w) => s + syllable(w), 0);
    return sum + syllable(part);
  }, 0);
  return Math.max(1, count);
}

function measure(id: string, text: string): Readability {
  const words = wordsOf(text);
  const counts = words.map(syllablesOf);
  const syllables = counts.reduce((a, b) => a + b, 0);
  const polysyllables = counts.filter((c) => c >= 3).length;
  const sentences = sentencesOf(text).length;
  return {
    id,
    words: words.length,
    sentences,
    syllables,
    polysyllables,
    fk: fleschKincaid({ sentence: sentences, word: words.length, syllable: syllables }),
    smog: smogFormula({ sentence: sentences, polysillabicWord: polysyllables }),
  };
}

/** Reading grades for each section and, last, for the whole guide (id `guide`). */
export function guideReadability(guide: Guide): { sections: Readability[]; whole: Readability } {
  const texts = guide.sections.map((s) => ({ id: s.id, text: readableText(s) }));
  return {
    sections: texts.map(({ id, text }) => measure(id, text)),
    whole: measure('guide', texts.map((t) => t.text).join('\n')),
  };
}

/**
 * The checklist's own words, as a person meets them: every question and its hint, the choices,
 * "is it new?", each tier's steps, what "not sure" means, the causes and what the rules add.
 */
export function checklistText(guide: Guide): string {
  const { checklist } = guide;
  const items = guide.sections.flatMap((s) => s.items).filter((i) => i.question);
  return [
    checklist.intro,
    checklist.newQuestion,
    checklist.newHint,
    ...items.flatMap((i) => [i.question, i.hint, i.advice]),
    ...checklist.questions.flatMap((q) => [q.text, q.hint, ...q.choices.map((c) => c.text)]),
    ...Object.values(checklist.tiers).flatMap((t) => t.steps),
    ...checklist.notSure,
    ...checklist.causes.flatMap((c) => [c.first, c.text]),
    ...checklist.rules.map((r) => r.advice),
  ]
    .filter(Boolean)
    .join('\n');
}

/** The reading grade of the checklist's own words (the guide's sections are measured apart). */
export function checklistReadability(guide: Guide): Readability {
  return measure('checklist', checklistText(guide));
}
