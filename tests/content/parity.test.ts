import { describe, expect, it } from 'vitest';
import { numbersOf, parityProblems } from '../../src/check/parity.js';
import type { Guide, Section } from '../../src/content/types.js';
import { LANGS } from '../../src/core/lang.js';
import { loadGuide } from '../support/data-from-disk.js';

const en = loadGuide('en');
const translations = LANGS.filter((l) => l !== 'en');

function withSections(guide: Guide, change: (sections: Section[]) => Section[]): Guide {
  return { ...guide, sections: change(guide.sections.map((s) => ({ ...s, items: s.items.map((i) => ({ ...i, notes: [...i.notes] })), notes: [...s.notes] }))) };
}

describe.each(translations)('the %s guide says what the English guide says', (lang) => {
  const other = loadGuide(lang);

  it('in shape: the same sections in order, items, ids, sources, tiers, questions, notes and numbers', () => {
    expect(parityProblems(en, other)).toEqual([]);
  });

  it('word for word where it must: ids, list kinds, item ids and sources, question tiers', () => {
    expect(other.sections.map((s) => [s.id, s.number, s.lists])).toEqual(en.sections.map((s) => [s.id, s.number, s.lists]));
    expect(other.sections.flatMap((s) => s.items.map((i) => [i.id, i.list, i.source, i.tier ?? '']))).toEqual(en.sections.flatMap((s) => s.items.map((i) => [i.id, i.list, i.source, i.tier ?? ''])));
    expect(other.sources.references.map((r) => r.id)).toEqual(en.sources.references.map((r) => r.id));
  });

  it('every number of an English section is in its translation', () => {
    for (const section of en.sections) {
      const theirs = new Set(numbersOf(other.sections.find((s) => s.id === section.id) ?? section));
      for (const n of numbersOf(section)) expect(theirs.has(n), `${section.id}: ${n}`).toBe(true);
    }
  });

  it('says it is a translation not yet reviewed by a clinician, with its date', () => {
    expect(other.sources.translation.length).toBeGreaterThan(40);
    expect(other.sources.translation).toMatch(/2026/);
    expect(en.sources.translation).toMatch(/not reviewed it yet/);
  });
});

describe('the parity check can fail', () => {
  const other = loadGuide(translations[0] ?? 'en');
  const broken: [string, Guide, RegExp][] = [
    ['a section missing', withSections(other, (s) => s.filter((x) => x.id !== 'doctor')), /section 'doctor' is missing/],
    ['sections out of order', withSections(other, (s) => [s[1], s[0], ...s.slice(2)].filter((x): x is Section => x !== undefined)), /the sections are leg-weakness, overview/],
    ['an item with another source', withSections(other, (s) => s.map((x) => (x.id === 'causes' ? { ...x, items: x.items.map((i, n) => (n === 0 ? { ...i, source: 'ninds' } : i)) } : x))), /section 'causes': item 1 should be/],
    ['an item with another tier', withSections(other, (s) => s.map((x) => (x.id === 'risk-factors' ? { ...x, items: x.items.map((i) => (i.id === 'age' ? { ...i, tier: 'urgent' as const } : i)) } : x))), /item 1 should be/],
    ['an item note left out', withSections(other, (s) => s.map((x) => (x.id === 'treatments' ? { ...x, items: x.items.map((i) => ({ ...i, notes: i.notes.slice(1) })) } : x))), /section 'treatments': item/],
    ['a prose note left out', withSections(other, (s) => s.map((x) => (x.id === 'overview' ? { ...x, notes: [] } : x))), /section 'overview': the notes in the prose/],
    ['a number changed', withSections(other, (s) => s.map((x) => (x.id === 'warning-signs' ? { ...x, markdown: x.markdown.replace(/112/g, '113') } : x))), /section 'warning-signs' lacks the number\(s\) 112/],
    ['an item added', withSections(other, (s) => s.map((x) => (x.id === 'causes' ? { ...x, items: [...x.items, { ...(x.items[0] ?? en.sections[4]?.items[0]), id: 'extra' } as Section['items'][number]] } : x))), /item\(s\) more/],
    ['a rule with another tier', { ...other, checklist: { ...other.checklist, rules: other.checklist.rules.map((r) => (r.id === 'fall-over-70' ? { ...r, tier: 'urgent' as const } : r)) } }, /the checklist rules differ/],
    ['a follow-up asked at another time', withSections(other, (s) => s.map((x) => (x.id === 'warning-signs' ? { ...x, items: x.items.map((i) => (i.id === 'pee-feeling' ? { ...i, when: null } : i)) } : x))), /the checklist questions differ/],
    ['a cause left out', { ...other, checklist: { ...other.checklist, causes: other.checklist.causes.slice(1) } }, /the checklist causes differ/],
  ];
  it.each(broken)('%s is caught', (_, guide, message) => {
    expect(parityProblems(en, guide).join('\n')).toMatch(message);
  });
});
