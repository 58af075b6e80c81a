import { describe, expect, it } from 'vitest';
import { assess, guide, LIST_KINDS, list, questions, search, sections, version } from '../../src/index.js';

describe('the library API', () => {
  it('gives the guide and its table of contents', () => {
    expect(guide.sections.length).toBe(10);
    expect(sections()).toEqual(guide.sections.map(({ id, number, title }) => ({ id, number, title, lang: 'en' })));
    expect(version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('gives every list, and rejects a name that is not one', () => {
    expect(list('causes')).toHaveLength(6);
    for (const kind of LIST_KINDS) expect(list(kind).length).toBeGreaterThan(0);
    // A plain JavaScript caller can pass anything.
    expect(() => list('cuases' as never)).toThrow(RangeError);
  });

  it('returns copies, so a caller cannot change the guide', () => {
    const [first] = list('causes');
    if (!first) throw new Error('no causes');
    first.name = 'changed';
    first.notes.push({ source: 'x', text: 'y' });
    sections().pop();
    expect(list('causes')[0]?.name).not.toBe('changed');
    expect(guide.sections.length).toBe(10);
  });

  it('searches with a string or a list of words; no words finds nothing', () => {
    expect(search('sitting').map((h) => h.id)).toContain('sciatica');
    expect(search(['SITTING', 'cough'])).toEqual(search('sitting cough'));
    expect(search('')).toEqual([]);
    expect(search([' ', ''])).toEqual([]);
    expect(search('zzzz-not-in-the-guide')).toEqual([]);
  });

  it('scores the checklist as the CLI does', () => {
    expect(questions()[0]).toMatchObject({ id: 'age', kind: 'about-you', type: 'number' });
    expect(questions().find((q) => q.warning)?.kind).toBe('red-flag');
    const emergency = assess({ 'pee-start': true, pregnancy: true, age: 45 });
    expect(emergency.urgency).toBe('emergency');
    expect(emergency.stopped).toBe(true);
    // Questions after the warning sign are not asked, so they do not count.
    expect(emergency.riskFactors).toEqual([]);
    expect(assess({ fever: true }).urgency).toBe('urgent');
    expect(assess({ 'one-leg-pain': true }).urgency).toBe('self-care');
    expect(assess({ 'one-leg-pain': true, duration: '2-to-6-weeks', trend: 'same' }).urgency).toBe('see-doctor');
    expect(assess({ 'saddle-numbness': 'not-sure' }).urgency).toBe('urgent');
    expect(assess({}).urgency).toBe('self-care');
    expect(assess({}).advice).toEqual(guide.checklist.tiers['self-care'].steps);
  });

  it('throws on an unknown question id or a non-boolean answer, never treating it as "no"', () => {
    expect(() => assess({ bladdr: true })).toThrow(/unknown question id 'bladdr'/);
    expect(() => assess({ 'pee-start': 'yes' } as never)).toThrow(TypeError);
    expect(() => assess({ age: true })).toThrow(TypeError);
    expect(() => assess({ trend: 'up' })).toThrow(TypeError);
  });
});
