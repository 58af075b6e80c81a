import { fleschKincaid } from 'flesch-kincaid';
import { smogFormula } from 'smog-formula';
import { syllable } from 'syllable';
import { markdownToPlain } from './plain.js';
import type { Guide, Section } from './types.js';

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

export function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’%&-]*/gu) ?? [];
}

function measure(id: string, text: string): Readability {
  const words = wordsOf(text);
  const counts = words.map((w) => Math.max(1, syllable(w)));
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
