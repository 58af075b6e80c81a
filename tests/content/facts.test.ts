import { describe, expect, it } from 'vitest';
import guide from '../support/guide-from-disk.js';
import { missingPatterns, plainOf, withSection } from './checks.js';
import { ARTICLE_FACTS, REFERENCE_FACTS, type Fact } from './facts.js';

const ALL_FACTS = [...ARTICLE_FACTS, ...REFERENCE_FACTS];
const plain = (id: string): string => plainOf(guide, id);

describe('every fact and figure of the article is in the guide', () => {
  it.each(ARTICLE_FACTS.map((f) => [f.fact, f] as const))('%s', (_, fact) => {
    expect(missingPatterns(guide, fact)).toEqual([]);
  });

  it('the list names every cause, risk factor and treatment of the article', () => {
    expect(ARTICLE_FACTS.length).toBeGreaterThanOrEqual(30);
    const names = (list: string): string[] => guide.sections.flatMap((s) => s.items).filter((i) => i.list === list).map((i) => i.name);
    expect(names('causes')).toEqual(['Herniated disc', 'Spinal stenosis', 'Spondylolisthesis', 'Spinal injury', 'Piriformis syndrome', 'Spinal tumor']);
    expect(names('risk-factors')).toEqual(['Age', 'Extra weight', 'Sitting for long periods', 'Pregnancy', 'Diabetes']);
    expect(names('treatments')).toEqual(['Physical therapy', 'Medicine', 'Spinal cord stimulation', 'Spinal injections', 'Surgery']);
  });

  it('covers the figures the article gives', () => {
    const figures = ARTICLE_FACTS.flatMap((f) => f.patterns.map((p) => p.source)).join(' ');
    for (const figure of ['50 to 80%', '31 pairs', '90%', 'as many as 80%', '6 to 8 weeks', '70 to 80%']) expect(figures).toContain(figure);
  });
});

describe('the fact check can fail', () => {
  it('a fact that is not in the guide is reported missing', () => {
    const wrong: Fact = { fact: 'a wrong figure', section: 'causes', patterns: [/behind 95% of sciatica cases/] };
    expect(missingPatterns(guide, wrong)).toHaveLength(1);
  });

  it('a broken copy of a fact is not found: 90% changed to 95%', () => {
    const herniated = ARTICLE_FACTS.find((f) => f.fact.startsWith('herniated disc'));
    if (!herniated) throw new Error('no herniated disc fact');
    const broken = withSection(guide, 'causes', (md) => md.replace('behind 90% of', 'behind 95% of'));
    expect(missingPatterns(broken, herniated)).toHaveLength(1);
  });

  it.each(ALL_FACTS.filter((f) => f.patterns.some((p) => /\d/.test(p.source))).map((f) => [f.fact, f] as const))(
    'with its figures changed, "%s" is reported missing',
    (_, fact) => {
      const broken = withSection(guide, fact.section, (md) => md.replace(/\d+/g, (n) => String(Number(n) + 1)));
      expect(missingPatterns(broken, fact).length).toBeGreaterThan(0);
    },
  );

  it.each(ALL_FACTS.map((f) => [f.fact, f] as const))('with its section emptied, "%s" is reported missing', (_, fact) => {
    expect(missingPatterns(withSection(guide, fact.section, () => ''), fact)).toEqual(fact.patterns);
  });

  it('a fact in the wrong section is not found there', () => {
    const sitting = ARTICLE_FACTS.find((f) => f.section === 'sciatica' && /sitting/.test(f.fact));
    if (!sitting) throw new Error('no sitting fact');
    expect(missingPatterns(guide, { ...sitting, section: 'causes' })).toHaveLength(sitting.patterns.length);
  });
});

describe('facts from the reference notes are carried and credited', () => {
  it.each(REFERENCE_FACTS.map((f) => [f.fact, f] as const))('%s', (_, fact) => {
    expect(missingPatterns(guide, fact)).toEqual([]);
  });

  it('the doctor section singles out no treatment and carries no sales line (reference notes 3b)', () => {
    expect(plain('doctor')).not.toMatch(/spinal cord stimulation|Helped|specialist/i);
  });

  it('each section that uses a reference names its sources', () => {
    for (const id of ['warning-signs', 'treatments', 'overview']) expect(plain(id)).toMatch(/Sources: .*NHS/);
  });
});
