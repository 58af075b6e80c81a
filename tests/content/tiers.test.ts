import { describe, expect, it } from 'vitest';
import { checklistQuestions } from '../../src/check/questions.js';
import { assess } from '../../src/check/score.js';
import { URGENCIES, type Guide } from '../../src/content/types.js';
import { checkLayout } from '../../src/render/check.js';
import { PLAIN } from '../../src/render/style.js';
import { en } from '../../src/messages/en.js';
import guide from '../support/guide-from-disk.js';
import { loadGuide } from '../support/data-from-disk.js';
import { LANGS } from '../../src/core/lang.js';
import { plainOf, sectionOf, withSection } from './checks.js';

/** Words that must never go with the emergency tier, in each language: it means now, not later today. */
const NOT_NOW_IN: Readonly<Record<string, RegExp>> = {
  en: /\b(today|same day|tomorrow|tonight)\b/i,
  es: /(?<![\p{L}])(hoy|mismo día|mañana|esta noche)(?![\p{L}])/iu,
};
const NOT_NOW = NOT_NOW_IN.en ?? /today/;

/** Every word the guide and the checklist say about the emergency tier. */
function emergencyWords(g: Guide): string[] {
  const tier = g.checklist.tiers.emergency;
  const signs = g.sections.flatMap((s) => s.items).filter((i) => i.list === 'red-flags');
  const section8 = sectionOf(g, 'warning-signs').markdown;
  const emergencyPart = section8.slice(0, section8.indexOf('### 2.'));
  return [tier.label, tier.action, tier.listLine, ...tier.steps, ...signs.flatMap((i) => [i.name, i.summary, i.details, i.question, i.advice]), emergencyPart];
}

/** A tier's label and action, with the numbers said as when the region is not known. */
const headline = (g: Guide, urgency: (typeof URGENCIES)[number]): string => `${g.checklist.tiers[urgency].label}: ${g.checklist.tiers[urgency].action.replace('{number}', g.checklist.numberAny)}`;

describe('the four tiers, each with one action', () => {
  it.each(LANGS)('the emergency tier never says "today" or "the same day", in the guide or in the result (%s)', (lang) => {
    const words = NOT_NOW_IN[lang];
    if (!words) throw new Error(`no "not now" words for ${lang}`);
    for (const text of emergencyWords(loadGuide(lang))) expect(text).not.toMatch(words);
  });

  it.each(LANGS.filter((l) => l !== 'en'))('section 8 shows the four tiers in order in %s too, each headed by its label and action', (lang) => {
    const g = loadGuide(lang);
    const text = plainOf(g, 'warning-signs');
    const at = URGENCIES.map((u) => text.indexOf(headline(g, u)));
    for (const position of at) expect(position).toBeGreaterThan(-1);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('section 8 shows the four tiers in order, each with its action', () => {
    const text = plainOf(guide, 'warning-signs');
    const at = URGENCIES.map((u) => text.indexOf(headline(guide, u)));
    for (const [i, position] of at.entries()) expect(position, URGENCIES[i]).toBeGreaterThan(-1);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('each tier has its one action in its result block too', () => {
    const questions = checklistQuestions(guide);
    for (const urgency of URGENCIES) {
      const someone = questions.find((q) => q.tier === urgency);
      const result = assess(questions, someone ? { [someone.id]: true } : {}, guide.checklist);
      expect(result.urgency).toBe(urgency);
      expect(result.advice).toEqual(expect.arrayContaining(guide.checklist.tiers[urgency].steps));
      const shown = checkLayout(result, questions, guide, en, PLAIN, 300, { number: '' }).split('\n')[0] ?? '';
      expect(shown.replace('[!] ', '')).toBe(headline(guide, urgency));
    }
  });

  it('no rarity figure stands next to the emergency instruction', () => {
    expect(plainOf(guide, 'warning-signs')).not.toMatch(/\bin [\d,]+\b|\d+ (in|out of) [\d,]+/);
  });
});

describe('the tier checks can fail', () => {
  it('"the same day" written into the emergency tier is caught', () => {
    const broken = withSection(guide, 'warning-signs', (md) => md.replace('Do not wait until later', 'Get care the same day. Do not wait until later'));
    expect(emergencyWords(broken).some((t) => NOT_NOW.test(t))).toBe(true);
    const steps = { ...guide, checklist: { ...guide.checklist, tiers: { ...guide.checklist.tiers, emergency: { ...guide.checklist.tiers.emergency, steps: ['Go to hospital today.'] } } } };
    expect(emergencyWords(steps).some((t) => NOT_NOW.test(t))).toBe(true);
  });

  it('a tier missing from section 8, or out of order, is caught', () => {
    const missing = withSection(guide, 'warning-signs', (md) => md.replace('Today: get medical advice today', 'Soon'));
    expect(plainOf(missing, 'warning-signs').indexOf(headline(guide, 'urgent'))).toBe(-1);
  });
});
