import { describe, expect, it } from 'vitest';
import guide from '../support/guide-from-disk.js';
import { notesOf, otherGuidanceProblems, sectionOf, withSection } from './checks.js';
import { OTHER_GUIDANCE } from './other-guidance.js';

describe('where other guidance differs, the article is kept and the other view is a marked note', () => {
  it.each(OTHER_GUIDANCE.map((r) => [r.row, r] as const))('%s', (_, row) => {
    expect(otherGuidanceProblems(guide, row)).toEqual([]);
  });

  it('covers every row of the reference notes, section 3', () => {
    const claims = new Set(OTHER_GUIDANCE.map((r) => `${r.section}/${r.item ?? 'prose'}`));
    expect([...claims].sort()).toEqual(['causes/spinal-stenosis', 'leg-weakness/prose', 'overview/prose', 'treatments/medication', 'treatments/prose', 'treatments/spinal-cord-stimulation', 'treatments/spinal-injections', 'treatments/surgery']);
  });

  it('every note in the guide names a known source and is shown marked', () => {
    const known = new Set(guide.sources.references.map((r) => r.id));
    for (const section of guide.sections) {
      const notes = notesOf(guide, section.id);
      expect(notes.length).toBe(section.items.reduce((n, i) => n + i.notes.length, 0) + (section.markdown.match(/^> \*\*Other guidance/gm)?.length ?? 0));
      for (const note of notes) expect(known.has(note.source)).toBe(true);
    }
  });

  it('list items carry the notes in their JSON shape, each with its source', () => {
    const item = sectionOf(guide, 'treatments').items.find((i) => i.id === 'spinal-cord-stimulation');
    expect(item?.notes.map((n) => n.source)).toEqual(['nice-ta159', 'nice-ta159']);
    expect(item?.notes[0]?.text).toMatch(/48%/);
  });
});

describe('the other-guidance check can fail', () => {
  const [first] = OTHER_GUIDANCE;
  const row = (item: string | null) => OTHER_GUIDANCE.find((r) => r.item === item && r.section === 'treatments');

  it('a missing item note is reported', () => {
    const r = row('spinal-injections');
    if (!r) throw new Error('no row');
    const section = sectionOf(guide, 'treatments');
    const broken = { ...guide, sections: guide.sections.map((s) => (s === section ? { ...s, items: s.items.map((i) => ({ ...i, notes: [] })) } : s)) };
    expect(otherGuidanceProblems(broken, r)).toContain("no marked note from 'nice-ng59' on item 'spinal-injections'");
  });

  it('a missing prose note, or one credited to the wrong source, is reported', () => {
    if (!first) throw new Error('no rows');
    const dropped = withSection(guide, 'overview', (md) => md.replace(/^> \*\*Other guidance.*$/m, ''));
    expect(otherGuidanceProblems(dropped, first)).toEqual(["no marked note from 'ninds' in the prose"]);
    const wrongSource = withSection(guide, 'overview', (md) => md.replace('Other guidance (US NINDS)', 'Other guidance (NHS: Sciatica)'));
    expect(otherGuidanceProblems(wrongSource, first)).not.toEqual([]);
  });

  it('the article claim without its credit is reported', () => {
    if (!first) throw new Error('no rows');
    const uncredited = withSection(guide, 'overview', (md) => md.replace('The article says it affects', 'It affects'));
    expect(otherGuidanceProblems(uncredited, first)).not.toEqual([]);
  });

  it('a note that no longer says what the other source says is reported', () => {
    const r = row('spinal-cord-stimulation');
    if (!r) throw new Error('no row');
    const section = sectionOf(guide, 'treatments');
    expect(otherGuidanceProblems(guide, { ...r, note: [/58% of people with the device/] })).toEqual([`the 'nice-ta159' note does not say /58% of people with the device/`]);
    // A note changed in the data but not in what the reader sees is not counted as shown.
    const broken = { ...guide, sections: guide.sections.map((s) => (s === section ? { ...s, items: s.items.map((i) => ({ ...i, notes: i.notes.map((n) => ({ ...n, text: n.text.replace('48%', '58%') })) })) } : s)) };
    expect(otherGuidanceProblems(broken, r)).toContain(`the 'nice-ta159' note does not say /After 6 months, 48% of people with the device/`);
  });
});
