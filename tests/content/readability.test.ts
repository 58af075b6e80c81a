import { describe, expect, it } from 'vitest';
import { checklistReadability, checklistText, guideReadability, numberWords, sentencesOf, syllablesOf, wordsOf } from '../../tools/readability.js';
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

  it("the checklist's own words (questions, hints, steps, causes) are grade 8.0 or lower", () => {
    const checklist = checklistReadability(guide);
    expect(checklist.words).toBeGreaterThan(1000);
    expect(checklist.fk).toBeLessThanOrEqual(8.0);
    expect(checklistText(guide)).toContain(guide.checklist.newQuestion);
  });

  it('reports SMOG too', () => {
    for (const s of [...sections, whole]) expect(Number.isFinite(s.smog)).toBe(true);
  });
});

describe('the measure itself', () => {
  it('counts list items and lines without end punctuation as sentences', () => {
    expect(sentencesOf('One here. Two here!\nA list item\nThree?')).toEqual(['One here.', 'Two here!', 'A list item', 'Three?']);
    expect(wordsOf("It's 80% of adults.")).toEqual(["It's", '80%', 'of', 'adults']);
    expect(wordsOf('About 1 to 3 people in 100,000.')).toEqual(['About', '1', 'to', '3', 'people', 'in', '100,000']);
  });

  it('counts the syllables of numbers as they are read aloud (the SMOG rule)', () => {
    expect(numberWords('100,000')).toEqual(['one', 'hundred', 'thousand']);
    expect(numberWords('31')).toEqual(['thirty', 'one']);
    expect(numberWords('2.5')).toEqual(['two', 'point', 'five']);
    expect(syllablesOf('80%')).toBe(4); // eigh-ty per-cent
    expect(syllablesOf('6')).toBe(1);
    expect(syllablesOf('100,000')).toBe(5);
    expect(syllablesOf('sciatica')).toBe(4);
  });

  it('leaves headings out and counts list items and notes', () => {
    const [first] = guide.sections;
    if (!first) throw new Error('no sections');
    const measure = (markdown: string) => guideReadability({ ...guide, sections: [{ ...first, markdown }] }).whole;
    const base = measure('Rest a bit.');
    expect(measure('### A long heading with many words\n\nRest a bit.')).toEqual(base);
    const withList = measure('Rest a bit.\n\n- **Walk** a bit\n  - *Other guidance (NHS):* Keep moving.');
    expect(withList.sentences).toBe(base.sentences + 2);
    expect(withList.words).toBe(base.words + 8);
  });

  it('gives words, sentences, syllables, FK and SMOG for each section', () => {
    expect(sections.map((s) => s.id)).toEqual(guide.sections.map((s) => s.id));
    for (const s of sections) {
      expect(s.syllables).toBeGreaterThanOrEqual(s.words);
      expect(s.sentences).toBeGreaterThan(0);
    }
  });

  it('scores hard text above the gate, so the gate can fail', () => {
    const [first] = guide.sections;
    if (!first) throw new Error('no sections');
    const hard = { ...guide, sections: [{ ...first, markdown: 'Radiculopathy characteristically manifests neurological symptomatology attributable to compressive pathophysiology affecting lumbosacral nerve roots, necessitating comprehensive multidisciplinary evaluation.' }] };
    expect(guideReadability(hard).whole.fk).toBeGreaterThan(8);
  });
});
