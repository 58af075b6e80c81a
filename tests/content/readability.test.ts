import { describe, expect, it } from 'vitest';
import { guideReadability, sentencesOf, wordsOf } from '../../src/content/readability.js';
import guide from '../support/guide-from-disk.js';

const { sections, whole } = guideReadability(guide);

describe('readability gate (Flesch-Kincaid grade, on the rendered plain text)', () => {
  it.each(sections.map((s) => [s.id, s] as const))('%s is grade 8.0 or lower', (_, section) => {
    expect(section.words).toBeGreaterThan(50);
    expect(section.fk).toBeLessThanOrEqual(8.0);
  });

  it('the whole guide is grade 7.0 or lower', () => {
    expect(whole.fk).toBeLessThanOrEqual(7.0);
    expect(whole.words).toBe(sections.reduce((sum, s) => sum + s.words, 0));
  });

  it('reports SMOG too', () => {
    for (const s of [...sections, whole]) expect(Number.isFinite(s.smog)).toBe(true);
  });
});

describe('the measure itself', () => {
  it('counts list items and lines without end punctuation as sentences', () => {
    expect(sentencesOf('One here. Two here!\nA list item\nThree?')).toEqual(['One here.', 'Two here!', 'A list item', 'Three?']);
    expect(wordsOf("It's 80% of adults.")).toEqual(["It's", '80%', 'of', 'adults']);
  });

  it('scores hard text above the gate, so the gate can fail', () => {
    const [first] = guide.sections;
    if (!first) throw new Error('no sections');
    const hard = { ...guide, sections: [{ ...first, markdown: 'Radiculopathy characteristically manifests neurological symptomatology attributable to compressive pathophysiology affecting lumbosacral nerve roots, necessitating comprehensive multidisciplinary evaluation.' }] };
    expect(guideReadability(hard).whole.fk).toBeGreaterThan(8);
  });
});
