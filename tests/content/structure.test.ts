import { describe, expect, it } from 'vitest';
import { WARNING_MARK } from '../../src/content/item-markdown.js';
import { markdownToPlain } from '../../src/content/plain.js';
import guide from '../support/guide-from-disk.js';
import { hasAction, isInformativeTitle, opensWithSummary, plainOf, sectionOf, withSection } from './checks.js';

describe('structure (PEMAT plain-language checklist)', () => {
  it('the guide opens with a summary: "In short" and its bullets', () => {
    expect(opensWithSummary(guide)).toBe(true);
    const summary = sectionOf(guide, 'overview').markdown.split('\n\n')[1] ?? '';
    expect(summary).toMatch(/sciatica/);
    expect(summary).toMatch(/^- \*\*Emergency: call 999 \(UK\), 911 \(US\) or 112 \(EU\) now/);
    expect(summary).toMatch(/See your doctor/);
  });

  it.each(guide.sections.map((s) => [s.id, s.title] as const))('%s has an informative heading: "%s"', (_, title) => {
    expect(isInformativeTitle(title)).toBe(true);
  });

  it('no two sections share a heading', () => {
    const titles = guide.sections.map((s) => s.title.toLowerCase());
    expect(new Set(titles).size).toBe(titles.length);
  });

  it.each(guide.sections.map((s) => [s.id] as const))('%s contains an action the reader can take', (id) => {
    expect(hasAction(plainOf(guide, id))).toBe(true);
  });

  it('the warning signs carry a text marker and the word of their tier, not only colour', () => {
    const section = guide.sections.find((s) => s.lists.includes('red-flags'));
    if (!section) throw new Error('no red-flags section');
    const signs = section.items.filter((i) => i.list === 'red-flags' || i.list === 'urgent-signs');
    const marked = section.markdown.match(/^- \*\*\[!\] (Emergency|Today): /gm) ?? [];
    expect(marked).toHaveLength(signs.length);
    // The marker is text: it survives turning the markdown into plain text (no colour, a pipe).
    const plain = markdownToPlain(section.markdown);
    // A sign's own tier when it is more urgent than its list's (an emergency among the signs for today).
    const word = (item: (typeof signs)[number]): string => (item.tier === 'emergency' || item.list === 'red-flags' ? 'Emergency' : 'Today');
    for (const item of signs) expect(plain).toContain(`${WARNING_MARK} ${word(item)}: ${item.name}:`);
  });
});

describe('the structure checks can fail', () => {
  it('a guide that opens with prose has no summary', () => {
    expect(opensWithSummary(withSection(guide, 'overview', (md) => md.replace('**In short:**\n\n', '')))).toBe(false);
    // Two bullets are not a summary: take every bullet of it but the last two.
    const twoLeft = (md: string): string => md.replace(/^\*\*In short:\*\*\n\n((?:- .+\n)+)/, (_, bullets: string) => `**In short:**\n\n${bullets.trimEnd().split('\n').slice(-2).join('\n')}\n`);
    expect(opensWithSummary(withSection(guide, 'overview', twoLeft))).toBe(false);
  });

  it('empty, one-word and generic headings are not informative', () => {
    for (const title of ['', 'Sciatica', 'Overview', 'More information', 'Section 3', 'Other notes']) expect([title, isInformativeTitle(title)]).toEqual([title, false]);
  });

  it('a section without its advice has no action', () => {
    const broken = withSection(guide, 'leg-pain', (md) => md.replace(/\*\*What to do:\*\*.*/, ''));
    expect(hasAction(plainOf(broken, 'leg-pain'))).toBe(false);
    expect(hasAction('Sciatica is pain from a pressed nerve. It can get better.')).toBe(false);
  });
});
