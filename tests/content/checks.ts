/**
 * The content gates as pure functions of a guide, so each test can run them on the real guide and
 * on a deliberately broken copy (to show the gate can fail).
 */
import { markdownToPlain } from '../../src/content/plain.js';
import { sourceLabel } from '../../src/content/parse.js';
import type { Guide, Section } from '../../src/content/types.js';

/** A fact or figure, the section it must be in, and the patterns its plain text must match. */
export interface Fact {
  fact: string;
  section: string;
  patterns: RegExp[];
}

/** A medical term and how the guide explains it in everyday words. */
export interface GlossaryEntry {
  term: RegExp;
  explanation: RegExp;
}

export function sectionOf(guide: Guide, id: string): Section {
  const section = guide.sections.find((s) => s.id === id);
  if (!section) throw new Error(`no section '${id}'`);
  return section;
}

/** A section's plain text (markers removed, list items and notes kept) on one line. */
export function plainOf(guide: Guide, id: string): string {
  return markdownToPlain(sectionOf(guide, id).markdown).replace(/\s+/g, ' ');
}

/** The patterns of a fact that its section does not match: empty when the fact is there. */
export function missingPatterns(guide: Guide, fact: Fact): RegExp[] {
  const text = plainOf(guide, fact.section);
  return fact.patterns.filter((p) => !p.test(text));
}

/** A copy of the guide with one section's markdown changed. */
export function withSection(guide: Guide, id: string, change: (markdown: string) => string): Guide {
  sectionOf(guide, id);
  return { ...guide, sections: guide.sections.map((s) => (s.id === id ? { ...s, markdown: change(s.markdown) } : s)) };
}

/**
 * The guide in reading order as blocks: each section title, then each paragraph, list item and
 * note of its plain text (one per line in the content).
 */
export function readingBlocks(guide: Guide): string[] {
  return guide.sections.flatMap((s) => [
    s.title,
    ...markdownToPlain(s.markdown)
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean),
  ]);
}

/**
 * Why a term is not explained before or where it first appears (in the same paragraph or list
 * item), or null when it is.
 */
export function unexplained(blocks: readonly string[], entry: GlossaryEntry): string | null {
  const first = blocks.findIndex((b) => entry.term.test(b));
  if (first < 0) return `the term ${String(entry.term)} is not in the guide`;
  const explained = blocks.findIndex((b) => entry.explanation.test(b));
  if (explained < 0) return `the explanation ${String(entry.explanation)} is not in the guide`;
  if (explained > first) return `first used in "${blocks[first] ?? ''}", explained only later`;
  return null;
}

const GENERIC_WORDS = new Set(['introduction', 'overview', 'more', 'other', 'misc', 'miscellaneous', 'details', 'information', 'info', 'notes', 'general', 'summary', 'background', 'section', 'part', 'chapter', 'page', 'untitled', 'the', 'and', 'a']);

/** An informative heading: at least two words, and not made only of generic words or numbers. */
export function isInformativeTitle(title: string): boolean {
  const words = title.toLowerCase().match(/[a-z0-9']+/g) ?? [];
  return words.length >= 2 && words.some((w) => !GENERIC_WORDS.has(w) && !/^\d+$/.test(w));
}

/** Advice the reader can act on: a "What to do" line or an imperative such as "talk with your doctor". */
const ACTION = /\bWhat to do:|\b(talk|speak) (with|to) (your|a) doctor\b|\b(see|ask|tell) (your|a) doctor\b|\bget emergency help\b|\bcall (your emergency number|999|911|112)\b|\bgo to (A&E|an emergency department)\b|\bwrite down your questions\b/i;

export function hasAction(text: string): boolean {
  return ACTION.test(text);
}

/** The guide opens with a summary: an "In short" lead and at least three bullets. */
export function opensWithSummary(guide: Guide): boolean {
  const first = guide.sections[0]?.markdown ?? '';
  const match = /^\*\*In short:\*\*\n\n((?:- .+\n?)+)/.exec(first);
  return (match?.[1]?.trim().split('\n').length ?? 0) >= 3;
}

/** A note of other guidance as the guide shows it, with its source id. */
export interface ShownNote {
  source: string;
  text: string;
  /** The list item it belongs to, or null for a note in the prose. */
  item: string | null;
}

/**
 * Every note of other guidance in a section: item notes from the parsed items (checked to be
 * shown, marked, in the markdown) and prose notes read back from the markdown's marked quotes.
 */
export function notesOf(guide: Guide, id: string): ShownNote[] {
  const section = sectionOf(guide, id);
  const label = (source: string): string => sourceLabel(guide.sources, source);
  const itemNotes = section.items.flatMap((item) =>
    item.notes
      .filter((n) => section.markdown.includes(`*Other guidance (${label(n.source)}):* ${n.text}`))
      .map((n) => ({ source: n.source, text: n.text, item: item.id })),
  );
  const byLabel = new Map(guide.sources.references.map((r) => [r.name, r.id]));
  const proseNotes = [...section.markdown.matchAll(/^> \*\*Other guidance \((.+?)\):\*\* (.+)$/gm)].map((m) => ({
    source: byLabel.get(m[1] ?? '') ?? `unknown source '${m[1] ?? ''}'`,
    text: m[2] ?? '',
    item: null,
  }));
  return [...itemNotes, ...proseNotes];
}

/** A row of the reference notes' section 3: the article's claim and the other guidance beside it. */
export interface OtherGuidanceRow {
  row: string;
  section: string;
  /** The list item that holds the claim, or null when it is in the section's prose. */
  item: string | null;
  /** The article's statement, as the guide words it. */
  claim: RegExp;
  /** The reference id of the other guidance. */
  source: string;
  /** What the note must say. */
  note: RegExp[];
}

/** What is wrong with how the guide carries a row of other guidance: empty when nothing is. */
export function otherGuidanceProblems(guide: Guide, row: OtherGuidanceRow): string[] {
  const problems: string[] = [];
  const section = sectionOf(guide, row.section);
  if (row.item) {
    const item = section.items.find((i) => i.id === row.item);
    if (!item) return [`no item '${row.item}' in '${row.section}'`];
    if (item.source !== 'article') problems.push(`item '${row.item}' is not credited to the article`);
    if (!row.claim.test(`${item.name}: ${item.summary} ${item.details}`)) problems.push(`item '${row.item}' does not state the article's claim`);
  } else if (!/^The article says/.test(row.claim.source) || !row.claim.test(plainOf(guide, row.section))) {
    problems.push(`'${row.section}' does not state the article's claim, credited to the article`);
  }
  const notes = notesOf(guide, row.section).filter((n) => n.item === row.item && n.source === row.source);
  if (notes.length === 0) problems.push(`no marked note from '${row.source}' ${row.item ? `on item '${row.item}'` : 'in the prose'}`);
  for (const pattern of row.note) {
    if (notes.length > 0 && !notes.some((n) => pattern.test(n.text))) problems.push(`the '${row.source}' note does not say ${String(pattern)}`);
  }
  return problems;
}
