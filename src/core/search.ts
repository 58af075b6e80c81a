import { markdownToPlain } from '../content/plain.js';
import type { Section } from '../content/types.js';
import { UsageError } from './errors.js';
import { fold, wordPattern } from './fold.js';
import type { Lang } from './lang.js';
import { stem } from './stem.js';

export interface SearchHit {
  id: string;
  title: string;
  snippet: string;
}

const CONTEXT = 50;

/** Splits the user's words; quoting is the shell's job, so words are just whitespace-separated. */
export function searchTerms(words: readonly string[]): string[] {
  const terms = words.flatMap((w) => w.toLowerCase().split(/\s+/)).filter(Boolean);
  if (terms.length === 0) throw new UsageError('searchNeedsWord', {}, { key: 'searchExample' });
  return terms;
}

/** What a term matches: a word that starts with it, or a word with the same stem ("numbness" finds "numb"). */
interface Matcher {
  start: string;
  stem: string;
}

function matcher(term: string, lang: Lang): Matcher {
  const start = fold(term);
  return { start, stem: stem(start, lang) };
}

function matches(word: string, m: Matcher, lang: Lang): boolean {
  const folded = fold(word);
  return folded.startsWith(m.start) || stem(folded, lang) === m.stem;
}

/**
 * A section as search reads it: its title and text as plain prose on one line, and its words,
 * each with where it is, folded and with its stem (`at`, `length`, `folded`, `stem` side by side).
 * The CLI reads this from the build (dist/data/search.<lang>); it costs most of a search to make.
 */
export interface Searchable {
  text: string;
  at: number[];
  length: number[];
  folded: string[];
  stem: string[];
}

/** What search needs of a section, made from its markdown (as the build does for the CLI). */
export function searchable(section: Pick<Section, 'title' | 'markdown'>, lang: Lang): Searchable {
  const text = `${section.title}\n${markdownToPlain(section.markdown)}`.replace(/\s+/g, ' ');
  const out: Searchable = { text, at: [], length: [], folded: [], stem: [] };
  for (const found of text.matchAll(wordPattern())) {
    const folded = fold(found[0]);
    out.at.push(found.index);
    out.length.push(found[0].length);
    out.folded.push(folded);
    out.stem.push(stem(folded, lang));
  }
  return out;
}

/**
 * Sections whose title or text has a match for every term, in guide order: a term matches at the
 * start of a word, or in a simple form of it; case and accents do not matter. A section is left
 * at the first term it lacks, so a long list of words costs little. `prepared` gives a section's
 * searchable form (made here when not given).
 */
export function search(sections: readonly Section[], terms: readonly string[], lang: Lang, prepared?: (section: Section) => Searchable | undefined): SearchHit[] {
  const matchers = terms.map((t) => matcher(t, lang));
  const hits: SearchHit[] = [];
  for (const section of sections) {
    const words = prepared?.(section) ?? searchable(section, lang);
    const find = (m: Matcher): number => words.folded.findIndex((f, i) => f.startsWith(m.start) || words.stem[i] === m.stem);
    let first = -1;
    const all = matchers.every((m, i) => {
      const found = find(m);
      if (i === 0) first = found;
      return found >= 0;
    });
    if (!all || first < 0) continue;
    hits.push({ id: section.id, title: section.title, snippet: snippetAround(words.text, words.at[first] ?? 0, words.length[first] ?? 0) });
  }
  return hits;
}

/** About CONTEXT characters either side of the match, cut at word boundaries. */
function snippetAround(text: string, at: number, length: number): string {
  let start = Math.max(0, at - CONTEXT);
  let end = Math.min(text.length, at + length + CONTEXT);
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  if (start > at) start = at;
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > at + length) end = space;
  }
  return `${start > 0 ? '…' : ''}${text.slice(start, end).trim()}${end < text.length ? '…' : ''}`;
}

/** The words of `text` that match one of the terms, for highlighting. */
export function matchingWords(text: string, terms: readonly string[], lang: Lang): string[] {
  const matchers = terms.map((t) => matcher(t, lang));
  return [...new Set([...text.matchAll(wordPattern())].map((w) => w[0]).filter((w) => matchers.some((m) => matches(w, m, lang))))];
}
