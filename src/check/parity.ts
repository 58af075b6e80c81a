// A translated guide must say what the original says: the same sections in the same order, the
// same list items with the same ids, sources and tiers, the same questions, the same notes, and
// every number. The build fails on any difference (scripts/build/content.mjs); tests show each
// check catching a broken copy.
import { checklistQuestions } from './questions.js';
import { markdownToPlain } from '../content/plain.js';
import { URGENCIES, type Guide, type ListItem, type Note, type Pages, type Section } from '../content/types.js';

const sameList = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);
const noteSources = (notes: readonly Note[]): string[] => notes.map((n) => n.source);

/** The shape of an item a translation must keep: everything but its words. */
function itemShape(item: ListItem): string {
  return JSON.stringify([item.id, item.list, item.source, item.tier ?? '', item.old ?? '', item.unsure ?? '', item.cause, JSON.stringify(item.when), item.question !== '', item.hint !== '', item.advice !== '', noteSources(item.notes)]);
}

/** Every number written in a section: each run of digits, so "100,000" and "100.000" are the same. */
export function numbersOf(section: Section): string[] {
  return markdownToPlain(section.markdown).match(/\d+/g) ?? [];
}

function sectionProblems(base: Section, other: Section): string[] {
  const problems: string[] = [];
  const at = `section '${base.id}'`;
  if (!sameList(base.lists, other.lists)) problems.push(`${at} holds the lists ${other.lists.join(', ') || 'none'}, not ${base.lists.join(', ') || 'none'}`);
  const baseItems = base.items.map(itemShape);
  const otherItems = other.items.map(itemShape);
  baseItems.forEach((shape, i) => {
    if (otherItems[i] !== shape) problems.push(`${at}: item ${i + 1} should be ${shape}, is ${otherItems[i] ?? 'missing'}`);
  });
  if (otherItems.length > baseItems.length) problems.push(`${at} has ${otherItems.length - baseItems.length} item(s) more`);
  if (!sameList(noteSources(base.notes), noteSources(other.notes))) problems.push(`${at}: the notes in the prose come from ${noteSources(other.notes).join(', ') || 'none'}, not ${noteSources(base.notes).join(', ') || 'none'}`);
  const theirs = new Set(numbersOf(other));
  const missing = [...new Set(numbersOf(base))].filter((n) => !theirs.has(n));
  if (missing.length > 0) problems.push(`${at} lacks the number(s) ${missing.join(', ')}`);
  return problems;
}

/** The printed pages take the same parts, with the same items, in both. */
function pageProblems(base: Pages, other: Pages): string[] {
  const problems: string[] = [];
  const parts = (p: Pages): string[] => p.handout.parts.map((part) => `${part.section}/${part.name}:${part.items.join(',')}`);
  if (!sameList(parts(base), parts(other))) problems.push(`the handout parts are ${parts(other).join(' ')}, not ${parts(base).join(' ')}`);
  for (const page of ['summary', 'card'] as const) {
    if (!sameList(base.handout[page], other.handout[page])) problems.push(`the ${page} takes ${other.handout[page].join(', ')}, not ${base.handout[page].join(', ')}`);
  }
  return problems;
}

/** What a translation `other` does not carry of `base`: empty when it is faithful in shape. */
export function parityProblems(base: Guide, other: Guide, pages?: { base: Pages; other: Pages }): string[] {
  const problems: string[] = [];
  const ids = (g: Guide): string[] => g.sections.map((s) => s.id);
  if (!sameList(ids(base), ids(other))) problems.push(`the sections are ${ids(other).join(', ')}, not ${ids(base).join(', ')}`);
  for (const section of base.sections) {
    const theirs = other.sections.find((s) => s.id === section.id);
    if (!theirs) problems.push(`section '${section.id}' is missing`);
    else problems.push(...sectionProblems(section, theirs));
  }
  const questions = (g: Guide): string[] => checklistQuestions(g).map((q) => JSON.stringify([q.id, q.kind, q.type, q.tier, q.unsure, q.old ?? '', q.when, q.choices.map((c) => [c.id, c.tier]), q.min, q.max, q.cause]));
  if (!sameList(questions(base), questions(other))) problems.push(`the checklist questions differ: ${questions(other).filter((q, i) => q !== questions(base)[i]).join(' ')}`);
  const rules = (g: Guide): string[] => g.checklist.rules.map((r) => JSON.stringify([r.id, r.when, r.tier, r.cause, r.advice !== '']));
  if (!sameList(rules(base), rules(other))) problems.push(`the checklist rules differ: ${rules(other).join(' ')}`);
  const causes = (g: Guide): string[] => g.checklist.causes.map((c) => `${c.id}:${c.first !== ''}`);
  if (!sameList(causes(base), causes(other))) problems.push(`the checklist causes differ: ${causes(other).join(' ')}`);
  if (JSON.stringify(base.checklist.numbers) !== JSON.stringify(other.checklist.numbers)) problems.push(`the emergency numbers differ: ${JSON.stringify(other.checklist.numbers)}`);
  for (const urgency of URGENCIES) {
    const a = base.checklist.tiers[urgency];
    const b = other.checklist.tiers[urgency];
    if (!sameList(a.read, b.read)) problems.push(`the ${urgency} tier reads ${b.read.join(', ')}, not ${a.read.join(', ')}`);
    if ((a.listLine === '') !== (b.listLine === '')) problems.push(`the ${urgency} tier's list line is ${b.listLine ? 'there' : 'missing'}`);
  }
  if (pages) problems.push(...pageProblems(pages.base, pages.other));
  const refs = (g: Guide): string[] => g.sources.references.map((r) => r.id);
  if (!sameList(refs(base), refs(other))) problems.push(`the references are ${refs(other).join(', ')}, not ${refs(base).join(', ')}`);
  for (const field of ['title', 'publisher', 'author', 'date'] as const) {
    if (base.sources.article[field] !== other.sources.article[field]) problems.push(`the article's ${field} is '${other.sources.article[field]}', not '${base.sources.article[field]}'`);
  }
  if (base.sources.reviewed !== other.sources.reviewed) problems.push(`reviewed is ${other.sources.reviewed}, not ${base.sources.reviewed}`);
  return problems;
}
