import { markdownToPlain } from '../content/plain.js';
import type { Section } from '../content/types.js';
import { UsageError } from './errors.js';

export interface SearchHit {
  id: string;
  title: string;
  snippet: string;
}

const CONTEXT = 50;

/** Splits the user's words; quoting is the shell's job, so words are just whitespace-separated. */
export function searchTerms(words: readonly string[]): string[] {
  const terms = words.flatMap((w) => w.toLowerCase().split(/\s+/)).filter(Boolean);
  if (terms.length === 0) throw new UsageError('search needs at least one word.', "Try: backpain search sitting");
  return terms;
}

/** Sections whose title or text contains every term (case-insensitive), in guide order. */
export function search(sections: readonly Section[], terms: readonly string[]): SearchHit[] {
  const hits: SearchHit[] = [];
  for (const section of sections) {
    const text = `${section.title}\n${markdownToPlain(section.markdown)}`.replace(/\s+/g, ' ');
    const lower = text.toLowerCase();
    if (!terms.every((t) => lower.includes(t))) continue;
    const first = terms[0] ?? '';
    hits.push({ id: section.id, title: section.title, snippet: snippetAround(text, lower.indexOf(first), first.length) });
  }
  return hits;
}

/** About CONTEXT characters either side of the match, cut at word boundaries. */
export function snippetAround(text: string, at: number, length: number): string {
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
