import { describe, expect, it } from 'vitest';
import { checklistReadabilityEs, guideReadabilityEs } from '../../tools/readability-es.js';
import { loadGuide } from '../support/data-from-disk.js';

const guide = loadGuide('es');
const { sections, whole } = guideReadabilityEs(guide);

// Szigriszt-Pazos on the INFLESZ scale (Barrio-Cantalejo et al., An Sist Sanit Navar 2008), and the
// corrected Fernandez-Huerta index, on the same plain text the English gate reads.
describe('Spanish readability gate', () => {
  it.each(sections.map((s) => [s.id, s] as const))('%s is INFLESZ 55 or more ("normal" or easier)', (_, section) => {
    expect(section.words).toBeGreaterThan(50);
    expect(section.szigrisztPazos).toBeGreaterThanOrEqual(55);
  });

  it('the whole guide is INFLESZ 65 or more ("bastante fácil") and Fernández-Huerta 70 or more', () => {
    expect(whole.szigrisztPazos).toBeGreaterThanOrEqual(65);
    expect(whole.inflesz).toMatch(/bastante fácil|muy fácil/);
    expect(whole.fernandezHuerta).toBeGreaterThanOrEqual(70);
    expect(whole.words).toBe(sections.reduce((sum, s) => sum + s.words, 0));
  });

  it("the checklist's own words (questions, hints, steps, causes) are INFLESZ 55 or more", () => {
    const checklist = checklistReadabilityEs(guide);
    expect(checklist.words).toBeGreaterThan(1000);
    expect(checklist.szigrisztPazos).toBeGreaterThanOrEqual(55);
  });
});

describe('the Spanish gate can fail', () => {
  it('a section of long words and long sentences scores below 55', () => {
    const [first] = guide.sections;
    if (!first) throw new Error('no sections');
    const hard = 'La radiculopatía lumbosacra manifiesta característicamente sintomatología neurológica atribuible a fisiopatología compresiva, que requiere una evaluación multidisciplinaria exhaustiva y pormenorizada por especialistas cualificados.';
    const broken = guideReadabilityEs({ ...guide, sections: [{ ...first, markdown: `${hard} ${hard}` }] });
    expect(broken.sections[0]?.szigrisztPazos).toBeLessThan(55);
    expect(broken.whole.fernandezHuerta).toBeLessThan(70);
  });
});
