import { describe, expect, it } from 'vitest';
import guide from '../support/guide-from-disk.js';
import { answersFromJson, answersFromYes } from '../../src/check/answers.js';
import { askChecklist, type Asker } from '../../src/check/flow.js';
import { checklistQuestions, type Question } from '../../src/check/questions.js';
import { assess } from '../../src/check/score.js';
import { UsageError } from '../../src/core/errors.js';

const questions = checklistQuestions(guide);
const ids = (kind: Question['kind']): string[] => questions.filter((q) => q.kind === kind).map((q) => q.id);
const RED = ids('red-flag');
const SYMPTOMS = ids('symptom');
const RISKS = ids('risk-factor');
const yes = (...list: string[]): Record<string, boolean> => Object.fromEntries(list.map((id) => [id, true]));

describe('checklist questions', () => {
  it('come from the guide: 5 warning signs first, then 3 symptoms, then the 5 risk factors', () => {
    expect(RED).toEqual(['both-legs', 'saddle-numbness', 'bladder', 'bowel', 'sexual-function']);
    expect(SYMPTOMS).toEqual(['one-leg-pain', 'worse-sitting-coughing', 'leg-tingling-weakness']);
    expect(RISKS).toEqual(['age', 'excess-weight', 'long-sitting', 'pregnancy', 'diabetes']);
    expect(questions.map((q) => q.kind).slice(0, 5)).toEqual(Array(5).fill('red-flag'));
    for (const q of questions) expect(q.text.length).toBeGreaterThan(5);
  });
});

describe('assess', () => {
  it('no answers: self-care, nothing present', () => {
    const result = assess(questions, {}, guide.checklist);
    expect(result.urgency).toBe('self-care');
    expect(result).toMatchObject({ redFlags: [], symptoms: [], riskFactors: [], stopped: false });
    expect(result.advice).toEqual(guide.checklist.advice['self-care']);
    expect(Object.keys(result.answers)).toEqual(questions.map((q) => q.id));
  });

  it.each(RED)('warning sign %s: emergency, and the checklist stops there', (id) => {
    const result = assess(questions, yes(id, 'one-leg-pain', 'age'), guide.checklist);
    expect(result.urgency).toBe('emergency');
    expect(result.redFlags).toEqual([id]);
    expect(result.stopped).toBe(true);
    expect(result.symptoms).toEqual([]);
    expect(result.riskFactors).toEqual([]);
    expect(Object.keys(result.answers).at(-1)).toBe(id);
    expect(result.advice).toEqual(guide.checklist.advice.emergency);
    expect(result.sections).toEqual(['warning-signs']);
  });

  it('stops at the first warning sign when several are yes', () => {
    expect(assess(questions, yes('bowel', 'bladder'), guide.checklist).redFlags).toEqual(['bladder']);
  });

  it.each(SYMPTOMS)('symptom %s: see a doctor, sciatica sections suggested', (id) => {
    const result = assess(questions, yes(id), guide.checklist);
    expect(result.urgency).toBe('see-doctor');
    expect(result.symptoms).toEqual([id]);
    expect(result.advice).toEqual(guide.checklist.advice['see-doctor']);
    expect(result.sections).toEqual(expect.arrayContaining(['sciatica', 'treatments', 'warning-signs', 'doctor']));
  });

  it.each(RISKS)('risk factor %s alone: recorded, self-care, risk-factors section suggested', (id) => {
    const result = assess(questions, yes(id), guide.checklist);
    expect(result.urgency).toBe('self-care');
    expect(result.riskFactors).toEqual([id]);
    expect(result.sections).toContain('risk-factors');
  });

  it('records every symptom and risk factor present, in question order', () => {
    const result = assess(questions, yes('diabetes', 'age', 'leg-tingling-weakness', 'one-leg-pain'), guide.checklist);
    expect(result.symptoms).toEqual(['one-leg-pain', 'leg-tingling-weakness']);
    expect(result.riskFactors).toEqual(['age', 'diabetes']);
  });
});

describe('askChecklist with a scripted asker', () => {
  function scripted(confirmAnswers: Record<string, boolean>, ticked: string[]): Asker & { asked: string[] } {
    const asked: string[] = [];
    return {
      asked,
      confirm: async (q) => (asked.push(q.id), confirmAnswers[q.id] === true),
      choose: async (_message, qs) => (asked.push(...qs.map((q) => `choose:${q.id}`)), ticked),
      say: () => undefined,
    };
  }

  it('asks warning signs and symptoms one by one, then risk factors as one multi-select', async () => {
    const asker = scripted(yes('worse-sitting-coughing'), ['pregnancy']);
    const answers = await askChecklist(questions, asker, 'Which apply?');
    expect(asker.asked).toEqual([...RED, ...SYMPTOMS, ...RISKS.map((id) => `choose:${id}`)]);
    expect(assess(questions, answers, guide.checklist)).toMatchObject({ urgency: 'see-doctor', symptoms: ['worse-sitting-coughing'], riskFactors: ['pregnancy'] });
  });

  it('stops asking at the first warning sign answered yes', async () => {
    const asker = scripted(yes('saddle-numbness'), []);
    const answers = await askChecklist(questions, asker, 'Which apply?');
    expect(asker.asked).toEqual(['both-legs', 'saddle-numbness']);
    expect(assess(questions, answers, guide.checklist).urgency).toBe('emergency');
  });
});

describe('answers from flags', () => {
  it('--yes marks the listed ids yes and every other question no', () => {
    const answers = answersFromYes(questions, 'age, diabetes');
    expect(Object.entries(answers).filter(([, v]) => v).map(([k]) => k)).toEqual(['age', 'diabetes']);
    expect(Object.keys(answers)).toHaveLength(questions.length);
  });

  it('--yes suggests the closest id for a typo', () => {
    expect(() => answersFromYes(questions, 'diabetis')).toThrow(/unknown question id 'diabetis'\. Did you mean 'diabetes'\?/);
  });

  it('--answers reads a JSON object; left-out questions are no', () => {
    const answers = answersFromJson(questions, '{"bladder": false, "age": true}', 'standard input');
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
  ])('--answers rejects %s', (_, text, message) => {
    expect(() => answersFromJson(questions, text, 'standard input')).toThrow(UsageError);
    expect(() => answersFromJson(questions, text, 'standard input')).toThrow(message);
  });
});
