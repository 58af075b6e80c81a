import { describe, expect, it } from 'vitest';
import { markdownToPlain } from '../../src/content/plain.js';
import guide from '../support/guide-from-disk.js';
import { ARTICLE_FACTS, REFERENCE_FACTS, type Fact } from './facts.js';
import { GLOSSARY } from './glossary.js';

const plain = (id: string): string => {
  const section = guide.sections.find((s) => s.id === id);
  if (!section) throw new Error(`no section ${id}`);
  return markdownToPlain(section.markdown).replace(/\s+/g, ' ');
};

function missing(fact: Fact, text: string): RegExp[] {
  return fact.patterns.filter((p) => !p.test(text));
}

describe('every fact and figure of the article is in the guide', () => {
  it.each(ARTICLE_FACTS.map((f) => [f.fact, f] as const))('%s', (_, fact) => {
    expect(missing(fact, plain(fact.section))).toEqual([]);
  });

  it('the list names every cause, risk factor and treatment of the article', () => {
    expect(ARTICLE_FACTS.length).toBeGreaterThanOrEqual(30);
    const names = (list: string): string[] => guide.sections.find((s) => s.list === list)?.items.map((i) => i.name) ?? [];
    expect(names('causes')).toEqual(['Herniated disc', 'Spinal stenosis', 'Spondylolisthesis', 'Spinal injury', 'Piriformis syndrome', 'Spinal tumor']);
    expect(names('risk-factors')).toEqual(['Age', 'Extra weight', 'Sitting for long periods', 'Pregnancy', 'Diabetes']);
    expect(names('treatments')).toEqual(['Physical therapy', 'Medicine', 'Spinal cord stimulation', 'Spinal injections', 'Surgery']);
  });

  it('a fact that is not in the guide is reported missing (the check can fail)', () => {
    const wrong: Fact = { fact: 'a wrong figure', section: 'causes', patterns: [/behind 95% of sciatica cases/] };
    expect(missing(wrong, plain('causes'))).toHaveLength(1);
  });
});

describe('facts from the reference notes are carried and credited', () => {
  it.each(REFERENCE_FACTS.map((f) => [f.fact, f] as const))('%s', (_, fact) => {
    expect(missing(fact, plain(fact.section))).toEqual([]);
  });

  it('each section that uses a reference names its sources', () => {
    for (const id of ['warning-signs', 'treatments', 'overview']) expect(plain(id)).toMatch(/Sources: .*NHS/);
  });
});

describe('other guidance beside the article (reference notes, section 3)', () => {
  const item = (list: string, id: string) => guide.sections.find((s) => s.list === list)?.items.find((i) => i.id === id);
  const noteSources = (list: string, id: string): string[] => item(list, id)?.notes.map((n) => n.source) ?? [];

  it('keeps the article claim, credited to the article, with a marked note from the other source', () => {
    expect(item('treatments', 'medication')?.source).toBe('article');
    expect(noteSources('treatments', 'medication')).toContain('nice-ng59');
    expect(noteSources('treatments', 'spinal-cord-stimulation')).toContain('nice-ta159');
    expect(noteSources('treatments', 'surgery')).toEqual(expect.arrayContaining(['nice-ng59', 'koes-2007']));
    expect(noteSources('treatments', 'spinal-injections')).toContain('nice-ng59');
    expect(plain('overview')).toMatch(/The article says it affects 50 to 80% of adults each year\. Other guidance \(US NINDS\):/);
    expect(plain('treatments')).toMatch(/The article says care without surgery eases symptoms for 70 to 80% of patients\. Other guidance \(Koes/);
  });
});

describe('medical terms are explained where they first appear', () => {
  const reading = guide.sections.map((s) => `${s.title}\n${markdownToPlain(s.markdown)}`).join('\n').replace(/\s+/g, ' ');

  it.each(GLOSSARY.map((g) => [g.term.source, g] as const))('%s', (_, { term, explanation }) => {
    const first = reading.search(term);
    const explained = reading.search(explanation);
    expect(first).toBeGreaterThanOrEqual(0);
    expect(explained).toBeGreaterThanOrEqual(0);
    // Explained before the term, or in the same few sentences where it first appears.
    expect(explained).toBeLessThanOrEqual(first + 300);
  });
});

describe('structure (PEMAT)', () => {
  it('the guide opens with a summary', () => {
    expect(guide.sections[0]?.markdown).toMatch(/^\*\*In short:\*\*\n\n- /);
  });

  it('every section has an informative heading', () => {
    for (const s of guide.sections) {
      expect(s.title.split(/\s+/).length).toBeGreaterThanOrEqual(3);
      expect(s.title).not.toMatch(/^(introduction|overview|more|other|misc)/i);
    }
  });

  it('every section contains an action the reader can take', () => {
    const action = /What to do:|talk with your doctor|see your doctor|get emergency help|call your|ask your doctor/i;
    for (const s of guide.sections) expect([s.id, action.test(plain(s.id))]).toEqual([s.id, true]);
  });

  it('the warning signs carry a text marker, not only colour', () => {
    const marked = guide.sections.find((s) => s.list === 'red-flags')?.markdown.match(/^- \*\*\[!\] /gm) ?? [];
    expect(marked).toHaveLength(5);
  });
});
