import { describe, expect, it } from 'vitest';
import guide from '../support/guide-from-disk.js';
import { answersFromJson, answersFromYes } from '../../src/check/answers.js';
import { parseAnswers } from '../../src/check/answers-json.js';
import { askChecklist, type Asker } from '../../src/check/flow.js';
import { checklistQuestions, type Question } from '../../src/check/questions.js';
import { assess } from '../../src/check/score.js';
import { TIER_OF_KIND } from '../../src/check/tiers.js';
import { UsageError } from '../../src/core/errors.js';
import { usageText } from '../../src/cli/errors.js';
import { en } from '../../src/messages/en.js';

const questions = checklistQuestions(guide);
const ids = (kind: Question['kind']): string[] => questions.filter((q) => q.kind === kind).map((q) => q.id);
const RED = ids('red-flag');
const SYMPTOMS = ids('symptom');
const RISKS = ids('risk-factor');
const yes = (...list: string[]): Record<string, boolean> => Object.fromEntries(list.map((id) => [id, true]));

const URGENT = ids('urgent-sign');
const tiers = guide.checklist.tiers;

describe('checklist questions', () => {
  it('come from the guide: 8 emergency signs first, then 8 same-day signs, 3 symptoms, then the 5 risk factors', () => {
    expect(RED).toEqual(['both-legs', 'saddle-numbness', 'bladder', 'bowel', 'sexual-function', 'chest-pain', 'serious-accident', 'minor-injury-weak-bones']);
    expect(URGENT).toEqual(['fever', 'weight-loss', 'back-lump', 'night-pain', 'cancer', 'weak-immune', 'leg-weakening', 'upper-back-pain']);
    expect(SYMPTOMS).toEqual(['one-leg-pain', 'worse-sitting-coughing', 'leg-tingling-weakness']);
    expect(RISKS).toEqual(['age', 'excess-weight', 'long-sitting', 'pregnancy', 'diabetes']);
    expect(questions.map((q) => q.kind)).toEqual([...Array(8).fill('red-flag'), ...Array(8).fill('urgent-sign'), ...Array(3).fill('symptom'), ...Array(5).fill('risk-factor')]);
    for (const q of questions) expect(q.text.length).toBeGreaterThan(5);
  });

  it('take their tier from the table of question kinds, unless the item says otherwise', () => {
    expect(TIER_OF_KIND).toEqual({ 'red-flag': 'emergency', 'urgent-sign': 'urgent', symptom: 'see-doctor', 'risk-factor': 'self-care' });
    const overridden = questions.filter((q) => q.tier !== TIER_OF_KIND[q.kind]).map((q) => [q.id, q.tier]);
    expect(overridden).toEqual([
      ['age', 'see-doctor'],
      ['pregnancy', 'see-doctor'],
    ]);
  });

  it('the both-legs question names all four words and not "sciatica"; bladder and bowel say "new, not normal for you"', () => {
    const text = (id: string): string => questions.find((q) => q.id === id)?.text ?? '';
    expect(text('both-legs')).toMatch(/pain, tingling, weakness or numbness in both/);
    expect(text('both-legs')).not.toMatch(/sciatica/i);
    for (const id of ['bladder', 'bowel']) expect(text(id)).toMatch(/new, and not normal for you/);
    expect(text('age')).toMatch(/over 50/);
  });
});

describe('the scoring table', () => {
  it('no answers: self-care, nothing present', () => {
    const result = assess(questions, {}, guide.checklist);
    expect(result.urgency).toBe('self-care');
    expect(result).toMatchObject({ redFlags: [], urgentSigns: [], symptoms: [], riskFactors: [], stopped: false });
    expect(result.advice).toEqual(tiers['self-care'].steps);
    expect(Object.keys(result.answers)).toEqual(questions.map((q) => q.id));
  });

  it.each(questions.map((q) => [q.id, q.tier, q] as const))('%s alone gives %s', (id, tier, question) => {
    const result = assess(questions, yes(id), guide.checklist);
    expect(result.urgency).toBe(tier);
    expect(result.advice.slice(0, tiers[tier].steps.length)).toEqual(tiers[tier].steps);
    if (question.advice && tier !== 'emergency') expect(result.advice.at(-1)).toBe(question.advice);
    expect(result.stopped).toBe(tier === 'emergency');
  });

  it.each(RED)('emergency sign %s: the checklist stops there, nothing after it counts', (id) => {
    const result = assess(questions, yes(id, 'fever', 'one-leg-pain', 'age'), guide.checklist);
    expect(result.urgency).toBe('emergency');
    expect(result.redFlags).toEqual([id]);
    expect(result.stopped).toBe(true);
    expect(result).toMatchObject({ urgentSigns: [], symptoms: [], riskFactors: [] });
    expect(Object.keys(result.answers).at(-1)).toBe(id);
    expect(result.advice).toEqual(tiers.emergency.steps);
    expect(result.sections).toEqual(tiers.emergency.read);
  });

  it('stops at the first emergency sign when several are yes', () => {
    expect(assess(questions, yes('bowel', 'bladder'), guide.checklist).redFlags).toEqual(['bladder']);
  });

  it.each([
    [['fever', 'one-leg-pain'], 'urgent'],
    [['one-leg-pain', 'diabetes'], 'see-doctor'],
    [['excess-weight', 'pregnancy'], 'see-doctor'],
    [['cancer', 'age', 'pregnancy'], 'urgent'],
    [['diabetes', 'long-sitting', 'excess-weight'], 'self-care'],
    [['upper-back-pain', 'chest-pain'], 'emergency'],
  ] as const)('a combination gives the highest tier any answer reaches: %j is %s', (answers, tier) => {
    expect(assess(questions, yes(...answers), guide.checklist).urgency).toBe(tier);
  });

  it('a same-day sign does not stop the checklist: later answers are recorded', () => {
    const result = assess(questions, yes('fever', 'weight-loss', 'one-leg-pain', 'age'), guide.checklist);
    expect(result).toMatchObject({ urgency: 'urgent', urgentSigns: ['fever', 'weight-loss'], symptoms: ['one-leg-pain'], riskFactors: ['age'], stopped: false });
  });

  it.each(SYMPTOMS)('symptom %s: the sciatica section first, then the tier\'s sections to read', (id) => {
    const result = assess(questions, yes(id), guide.checklist);
    expect(result.symptoms).toEqual([id]);
    expect(result.sections).toEqual(['sciatica', ...tiers['see-doctor'].read]);
  });

  it('pregnancy: see a doctor, with the advice to talk with a midwife or doctor', () => {
    const result = assess(questions, yes('pregnancy'), guide.checklist);
    expect(result.urgency).toBe('see-doctor');
    expect(result.advice.join(' ')).toMatch(/midwife or doctor/);
    expect(result.sections).toContain('risk-factors');
  });

  it('records every sign, symptom and risk factor present, in question order', () => {
    const result = assess(questions, yes('diabetes', 'age', 'leg-tingling-weakness', 'one-leg-pain', 'night-pain', 'fever'), guide.checklist);
    expect(result.urgentSigns).toEqual(['fever', 'night-pain']);
    expect(result.symptoms).toEqual(['one-leg-pain', 'leg-tingling-weakness']);
    expect(result.riskFactors).toEqual(['age', 'diabetes']);
  });
});

describe('askChecklist with a scripted asker', () => {
  function scripted(confirmAnswers: Record<string, boolean>, ticked: string[]): Asker & { asked: string[] } {
    const asked: string[] = [];
    return {
      asked,
      confirm: async (q, required) => (asked.push(required ? `${q.id}!` : q.id), confirmAnswers[q.id] === true),
      choose: async (_message, qs) => (asked.push(...qs.map((q) => `choose:${q.id}`)), ticked),
      say: () => undefined,
    };
  }

  it('asks emergency and same-day signs one by one, with no default, then symptoms, then risk factors as one multi-select', async () => {
    const asker = scripted(yes('worse-sitting-coughing'), ['pregnancy']);
    const answers = await askChecklist(questions, asker, 'Which apply?');
    expect(asker.asked).toEqual([...RED.map((id) => `${id}!`), ...URGENT.map((id) => `${id}!`), ...SYMPTOMS, ...RISKS.map((id) => `choose:${id}`)]);
    expect(assess(questions, answers, guide.checklist)).toMatchObject({ urgency: 'see-doctor', symptoms: ['worse-sitting-coughing'], riskFactors: ['pregnancy'] });
  });

  it('stops asking at the first emergency sign answered yes', async () => {
    const asker = scripted(yes('saddle-numbness'), []);
    const answers = await askChecklist(questions, asker, 'Which apply?');
    expect(asker.asked).toEqual(['both-legs!', 'saddle-numbness!']);
    expect(assess(questions, answers, guide.checklist).urgency).toBe('emergency');
  });
});

/** The words a usage error thrown by `fn` is said in, in English. */
function said(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof UsageError) return usageText(error, en, 'check');
    throw error;
  }
  throw new Error('no usage error');
}

describe('answers from flags', () => {
  it('--yes marks the listed ids yes and every other question no', () => {
    const answers = answersFromYes(questions, 'age, diabetes');
    expect(Object.entries(answers).filter(([, v]) => v).map(([k]) => k)).toEqual(['age', 'diabetes']);
    expect(Object.keys(answers)).toHaveLength(questions.length);
  });

  it('--yes suggests the closest id for a typo, takes ids in any case, and needs at least one', () => {
    expect(said(() => answersFromYes(questions, 'diabetis'))).toMatch(/unknown question id 'diabetis'\. Did you mean 'diabetes'\?/);
    expect(answersFromYes(questions, 'AGE,Fever')).toMatchObject({ age: true, fever: true });
    expect(said(() => answersFromYes(questions, ' , '))).toMatch(/--yes needs at least one question id/);
  });

  it('--answers reads a JSON object; left-out questions are no', () => {
    const answers = answersFromJson(questions, '{"bladder": false, "age": true}', { stdin: true }, parseAnswers);
    expect(answers.age).toBe(true);
    expect(answers.bladder).toBe(false);
    expect(answers.diabetes).toBe(false);
  });

  it.each([
    ['not JSON', '{age: true}', /not valid JSON/],
    ['an array', '[true]', /not an array/],
    ['null', 'null', /not null/],
    ['a string value', '{"age": "yes"}', /must be true or false/],
    ['a nested object', '{"age": {"a": 1}}', /must be true or false/],
    ['a prototype key', '{"__proto__": true}', /unknown question id '__proto__'/],
    ['an unknown id', '{"ag": true}', /Did you mean 'age'\?/],
    ['empty input', '  ', /is empty/],
    ['a key given twice', '{"bladder": true, "bladder": false}', /answers 'bladder' twice/],
    ['a key given twice in another case', '{"Age": true, "Age": false}', /answers 'Age' twice/],
    ['a comment', '{"age": true /* yes */}', /comments are not allowed in JSON at line 1, column 14/],
    ['a trailing comma', '{"age": true,}', /a question id in double quotes was expected at line 1, column 14/],
    ['text after the object', '{"age": true} and more', /an unexpected character at line 1, column 15/],
    ['a file that is not JSON, without quoting it', 'root:x:0:0:root:/root:/bin/bash', /not valid JSON: an unexpected character at line 1, column 1\. /],
    ['a string value, without quoting it', '{"age": "secret words"}', /must be true or false, not a string\. /],
  ])('--answers rejects %s', (_, text, message) => {
    expect(() => answersFromJson(questions, text, { stdin: true }, parseAnswers)).toThrow(UsageError);
    const line = said(() => answersFromJson(questions, text, { stdin: true }, parseAnswers));
    expect(line).toMatch(message);
    expect(line).not.toMatch(/root:x|secret/);
  });
});
