import { describe, expect, it } from 'vitest';
import guide from '../support/guide-from-disk.js';
import { answersFromJson, answersFromYes } from '../../src/check/answers.js';
import { parseAnswers } from '../../src/check/answers-json.js';
import { askChecklist, type Asker } from '../../src/check/flow.js';
import { checklistQuestions, type Question } from '../../src/check/questions.js';
import { assess, type Answer } from '../../src/check/score.js';
import { TIER_OF_KIND } from '../../src/content/tiers.js';
import { UsageError } from '../../src/core/errors.js';
import { usageText } from '../../src/cli/errors.js';
import { en } from '../../src/messages/en.js';

const questions = checklistQuestions(guide);
const ids = (kind: Question['kind']): string[] => questions.filter((q) => q.kind === kind).map((q) => q.id);
const byId = (id: string): Question => questions.find((q) => q.id === id) ?? (undefined as never);
const RED = ids('red-flag');
const SYMPTOMS = ids('symptom');
const RISKS = ids('risk-factor');
const yes = (...list: string[]): Record<string, Answer> => Object.fromEntries(list.map((id) => [id, true]));

const tiers = guide.checklist.tiers;
const asksAlways = (q: Question): boolean => q.when === null;

describe('checklist questions', () => {
  it('ask the age first, then the emergency signs, the signs that may not come from the back, the symptoms, the signs for today, how long and which way, and the risk factors last', () => {
    const kinds = [...new Set(questions.map((q) => q.kind))];
    expect(kinds).toEqual(['about-you', 'red-flag', 'not-back', 'symptom', 'urgent-sign', 'risk-factor']);
    expect(questions[0]).toMatchObject({ id: 'age', type: 'number', min: 0, max: 120 });
    expect(questions.filter((q) => q.type === 'choice').map((q) => q.id)).toEqual(['duration', 'trend']);
    expect(RISKS).toEqual(['excess-weight', 'long-sitting', 'pregnancy', 'diabetes']);
    expect(SYMPTOMS).toEqual(['one-leg-pain', 'worse-sitting-coughing', 'leg-tingling-weakness']);
    for (const q of questions) expect(q.text.length).toBeGreaterThan(5);
  });

  it('keep the ids whose meaning did not change, and drop the ones whose meaning did', () => {
    for (const id of ['both-legs', 'saddle-numbness', 'bowel', 'sexual-function', 'chest-pain', 'serious-accident', 'fever', 'weight-loss', 'back-lump', 'night-pain', 'cancer', 'weak-immune', 'leg-weakening', 'upper-back-pain', 'one-leg-pain', 'worse-sitting-coughing', 'leg-tingling-weakness', 'excess-weight', 'long-sitting', 'pregnancy', 'diabetes']) expect(byId(id), id).toBeDefined();
    for (const id of ['bladder', 'minor-injury-weak-bones']) expect(questions.some((q) => q.id === id), id).toBe(false);
  });

  it('take their tier from the table of question kinds, unless the item says otherwise', () => {
    expect(TIER_OF_KIND).toEqual({ 'about-you': 'self-care', 'red-flag': 'emergency', 'not-back': 'urgent', 'urgent-sign': 'urgent', symptom: 'self-care', 'risk-factor': 'self-care' });
    expect(byId('pregnancy').tier).toBe('see-doctor');
    expect(byId('leg-tingling-weakness').tier).toBe('see-doctor');
    expect(byId('tearing-pain').tier).toBe('emergency');
    expect(byId('walking-calf-pain').tier).toBe('see-doctor');
  });

  it('one sign a question, 25 words or fewer, and the both-legs question names all four words and not "sciatica"', () => {
    for (const q of questions) expect(q.text.split(/\s+/).length, q.id).toBeLessThanOrEqual(25);
    expect(byId('both-legs').text).toMatch(/pain, tingling, weakness or numbness in both/);
    expect(byId('both-legs').text).not.toMatch(/sciatica/i);
    expect(guide.checklist.newQuestion).toMatch(/new.*different from what is normal for you/);
  });

  it('every warning sign takes "not sure" and must be answered; nothing else does', () => {
    for (const q of questions) expect(q.warning, q.id).toBe(['red-flag', 'not-back', 'urgent-sign'].includes(q.kind));
  });

  it('a cauda equina sign is followed by "is it new?", asked only after its yes', () => {
    for (const id of ['saddle-numbness', 'pee-feeling', 'bladder-full', 'pee-leak', 'pads', 'poo-feeling', 'poo-leak', 'bowel', 'sexual-function', 'both-legs']) {
      const at = questions.findIndex((q) => q.id === id);
      expect(questions[at + 1], id).toMatchObject({ id: `${id}-new`, newOf: id, text: guide.checklist.newQuestion });
    }
  });
});

describe('the scoring table', () => {
  it('no answers: self-care, nothing present', () => {
    const result = assess(questions, {}, guide.checklist);
    expect(result.urgency).toBe('self-care');
    expect(result).toMatchObject({ redFlags: [], urgentSigns: [], symptoms: [], riskFactors: [], notSure: [], stopped: false });
    expect(result.advice).toEqual(tiers['self-care'].steps);
    // Every question asked without a follow-up condition is counted; a follow-up only after its yes.
    expect(Object.keys(result.answers)).toEqual(questions.filter((q) => asksAlways(q) && q.type === 'yes-no').map((q) => q.id));
  });

  it.each(questions.filter((q) => q.type === 'yes-no' && !q.newOf).map((q) => [q.id, q.tier, q] as const))('%s alone gives %s', (id, tier, question) => {
    const result = assess(questions, yes(id), guide.checklist);
    expect(result.urgency).toBe(tier);
    expect(result.advice.slice(0, tiers[tier].steps.length)).toEqual(tiers[tier].steps);
    if (question.advice && tier !== 'emergency') expect(result.advice).toContain(question.advice);
    expect(result.stopped).toBe(tier === 'emergency');
  });

  it.each(questions.filter((q) => q.old).map((q) => [q.id, q.old, q] as const))('%s, not new: %s', (id, old) => {
    expect(assess(questions, { [id]: true, [`${id}-new`]: false }, guide.checklist).urgency).toBe(old);
    expect(assess(questions, { [id]: true, [`${id}-new`]: 'not-sure' }, guide.checklist).urgency).toBe(byId(id).tier);
  });

  it.each(questions.filter((q) => q.warning && !q.newOf).map((q) => [q.id, q.unsure] as const))('"not sure" to %s gives %s', (id, tier) => {
    const result = assess(questions, { [id]: 'not-sure' }, guide.checklist);
    expect(result.urgency).toBe(tier);
    expect(result.notSure).toEqual([id]);
    if (tier !== 'emergency') expect(result.advice).toEqual(expect.arrayContaining(guide.checklist.notSure));
  });

  it.each(RED.filter((id) => byId(id).tier === 'emergency' && !byId(id).newOf))('emergency sign %s: the checklist stops there, nothing after it counts', (id) => {
    const result = assess(questions, yes(id, 'fever', 'one-leg-pain', 'pregnancy'), guide.checklist);
    expect(result.urgency).toBe('emergency');
    expect(result.redFlags).toEqual([id]);
    expect(result.stopped).toBe(true);
    expect(result).toMatchObject({ urgentSigns: [], symptoms: [], riskFactors: [] });
    expect(result.advice).toEqual(tiers.emergency.steps);
    expect(result.sections).toEqual(tiers.emergency.read);
  });

  it('stops at the first emergency sign when several are yes', () => {
    expect(assess(questions, yes('bowel', 'pee-start'), guide.checklist).redFlags).toEqual(['pee-start']);
  });

  it.each([
    [{ fever: true, 'one-leg-pain': true }, 'urgent'],
    [{ 'one-leg-pain': true, diabetes: true }, 'self-care'],
    [{ 'excess-weight': true, pregnancy: true }, 'see-doctor'],
    [{ cancer: true, age: 60, pregnancy: true }, 'urgent'],
    [{ diabetes: true, 'long-sitting': true, 'excess-weight': true }, 'self-care'],
    [{ 'upper-back-pain': true, 'chest-pain': true }, 'emergency'],
    [{ fever: true, cancer: true, 'cancer-treatment': true }, 'emergency'],
    [{ 'minor-injury': true, age: 71 }, 'emergency'],
    [{ 'minor-injury': true, age: 70 }, 'see-doctor'],
    [{ 'minor-injury': true, age: 70, duration: 'over-3-months' }, 'self-care'],
    [{ age: 51, duration: 'over-3-months' }, 'self-care'],
    [{ age: 51 }, 'see-doctor'],
    [{ trend: 'same', duration: 'under-2-weeks' }, 'self-care'],
    [{ trend: 'same', duration: '2-to-6-weeks' }, 'see-doctor'],
    [{ trend: 'worse', duration: 'over-3-months' }, 'see-doctor'],
  ] as const)('a combination gives the highest tier any answer or rule reaches: %j is %s', (answers, tier) => {
    expect(assess(questions, answers, guide.checklist).urgency).toBe(tier);
  });

  it('a same-day sign does not stop the checklist: later answers are recorded', () => {
    const result = assess(questions, yes('fever', 'weight-loss', 'one-leg-pain', 'pregnancy'), guide.checklist);
    expect(result).toMatchObject({ urgency: 'urgent', urgentSigns: ['fever', 'weight-loss'], symptoms: ['one-leg-pain'], riskFactors: ['pregnancy'], stopped: false });
  });

  it('a lower tier\'s advice never follows the steps as if waiting were allowed: it is something to tell them', () => {
    const result = assess(questions, yes('fever', 'pregnancy'), guide.checklist);
    expect(result.urgency).toBe('urgent');
    expect(result.advice.join(' ')).not.toMatch(/midwife/);
    expect(result.alsoTell.join(' ')).toMatch(/midwife or doctor/);
  });

  it.each(SYMPTOMS.filter((id) => byId(id).when === null))('symptom %s: the sciatica section first, then the tier\'s sections to read', (id) => {
    const result = assess(questions, yes(id), guide.checklist);
    expect(result.symptoms).toEqual([id]);
    expect(result.sections).toEqual(['sciatica', ...tiers[byId(id).tier].read]);
  });

  it('pregnancy: see a doctor, with the advice to talk with a midwife or doctor', () => {
    const result = assess(questions, yes('pregnancy'), guide.checklist);
    expect(result.urgency).toBe('see-doctor');
    expect(result.advice.join(' ')).toMatch(/midwife or doctor/);
    expect(result.sections).toContain('risk-factors');
  });

  it('a child: the checklist says it is for 16 and over, and a doctor at least', () => {
    const result = assess(questions, { age: 12 }, guide.checklist);
    expect(result.urgency).toBe('see-doctor');
    expect(result.rules).toContain('under-16');
    expect(result.advice.join(' ')).toMatch(/16 and over/);
  });

  it('records every sign, symptom and risk factor present, in question order', () => {
    const result = assess(questions, yes('diabetes', 'leg-tingling-weakness', 'one-leg-pain', 'night-pain', 'fever'), guide.checklist);
    expect(result.urgentSigns).toEqual(['fever', 'night-pain']);
    expect(result.symptoms).toEqual(['one-leg-pain', 'leg-tingling-weakness']);
    expect(result.riskFactors).toEqual(['diabetes']);
  });
});

describe('askChecklist with a scripted asker', () => {
  function scripted(answers: Record<string, Answer>, ticked: string[]): Asker & { asked: string[] } {
    const asked: string[] = [];
    const take = (q: Question): Answer | undefined => (asked.push(q.warning ? `${q.id}!` : q.id), answers[q.id]);
    return {
      asked,
      yesNo: async (q) => {
        const a = take(q);
        return a === true || a === 'not-sure' ? a : false;
      },
      number: async (q) => {
        const a = take(q);
        return typeof a === 'number' ? a : 40;
      },
      choice: async (q) => {
        const a = take(q);
        return typeof a === 'string' ? a : (q.choices[0]?.id ?? '');
      },
      choose: async (_message, qs) => (asked.push(...qs.map((q) => `choose:${q.id}`)), ticked),
      say: () => undefined,
    };
  }

  it('asks warning signs with no default, follow-ups only after a yes, then the risk factors as one multi-select', async () => {
    const asker = scripted({ 'one-leg-pain': true, 'worse-sitting-coughing': true }, ['pregnancy']);
    const answers = await askChecklist(questions, asker, guide.checklist);
    const shown = asker.asked.map((a) => a.replace(/!$/, ''));
    expect(shown).toContain('worse-sitting-coughing');
    expect(shown).not.toContain('pee-feeling');
    expect(shown).not.toContain('clot-breathless');
    expect(asker.asked.filter((a) => a.endsWith('!')).map((a) => a.slice(0, -1))).toEqual(questions.filter((q) => q.warning && q.when === null).map((q) => q.id));
    expect(asker.asked.slice(-RISKS.length)).toEqual(RISKS.map((id) => `choose:${id}`));
    expect(assess(questions, answers, guide.checklist)).toMatchObject({ urgency: 'see-doctor', symptoms: ['one-leg-pain', 'worse-sitting-coughing'], riskFactors: ['pregnancy'] });
  });

  it('asks "is it new?" after a yes to a sign, then stops at the emergency', async () => {
    const asker = scripted({ 'saddle-numbness': true, 'saddle-numbness-new': true }, []);
    const answers = await askChecklist(questions, asker, guide.checklist);
    expect(asker.asked.slice(-2)).toEqual(['saddle-numbness!', 'saddle-numbness-new!']);
    expect(assess(questions, answers, guide.checklist).urgency).toBe('emergency');
  });

  it('goes on after a sign that is long-standing and unchanged', async () => {
    const asker = scripted({ 'saddle-numbness': true, 'saddle-numbness-new': false }, []);
    const answers = await askChecklist(questions, asker, guide.checklist);
    expect(asker.asked.at(-1)).toBe('choose:excess-weight'.replace('excess-weight', RISKS[RISKS.length - 1] ?? ''));
    expect(assess(questions, answers, guide.checklist).urgency).toBe('see-doctor');
  });

  it('stops at a combination that is an emergency: a fever during cancer treatment', async () => {
    const asker = scripted({ fever: true, cancer: true, 'cancer-treatment': true }, []);
    await askChecklist(questions, asker, guide.checklist);
    expect(asker.asked.at(-1)).toBe('cancer-treatment!');
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
  it('--yes marks the listed ids yes, id=value answers a number, a choice or not-sure', () => {
    const answers = answersFromYes(questions, 'age=45, diabetes,trend=worse,fever=not-sure,chest-pain=no');
    expect(answers).toEqual({ age: 45, diabetes: true, trend: 'worse', fever: 'not-sure', 'chest-pain': false });
  });

  it('--yes suggests the closest id for a typo, takes ids in any case, and needs at least one', () => {
    expect(said(() => answersFromYes(questions, 'diabetis'))).toMatch(/unknown question id 'diabetis'\. Did you mean 'diabetes'\?/);
    expect(answersFromYes(questions, 'AGE=40,Fever')).toMatchObject({ age: 40, fever: true });
    expect(said(() => answersFromYes(questions, ' , '))).toMatch(/--yes needs at least one question id/);
  });

  it.each([
    ['age', /--yes cannot give 'age' that answer: it takes a whole number from 0 to 120/],
    ['age=200', /a whole number from 0 to 120/],
    ['age=0x4', /a whole number from 0 to 120/],
    ['trend', /one of better, same, worse/],
    ['trend=up', /one of better, same, worse/],
    ['diabetes=not-sure', /yes or no/],
    ['fever=maybe', /yes, no or not-sure/],
    ['fever,FEVER', /--yes answers 'fever' twice/],
  ])('--yes %s is refused', (list, message) => {
    expect(said(() => answersFromYes(questions, list))).toMatch(message);
  });

  it('--answers reads a JSON object; left-out questions are no', () => {
    const answers = answersFromJson(questions, '{"pee-start": false, "pregnancy": true, "age": 45, "duration": "2-to-6-weeks", "fever": "not-sure"}', { stdin: true }, parseAnswers);
    expect(answers).toEqual({ 'pee-start': false, pregnancy: true, age: 45, duration: '2-to-6-weeks', fever: 'not-sure' });
  });

  it.each([
    ['not JSON', '{age: true}', /not valid JSON/],
    ['an array', '[true]', /not an array/],
    ['null', 'null', /not null/],
    ['a string value', '{"pregnancy": "yes"}', /must be true or false/],
    ['"not sure" to a question that is not a warning sign', '{"pregnancy": "not-sure"}', /must be true or false, not a string/],
    ['a nested object', '{"pregnancy": {"a": 1}}', /must be true or false/],
    ['an age that is not a whole number', '{"age": 4.5}', /'age' must be a whole number from 0 to 120, not a number/],
    ['an age as a string', '{"age": "45"}', /'age' must be a whole number from 0 to 120, not a string/],
    ['a choice that is not one', '{"trend": "up"}', /'trend' must be one of better, same, worse/],
    ['a prototype key', '{"__proto__": true}', /unknown question id '__proto__'/],
    ['an unknown id', '{"ag": true}', /Did you mean 'age'\?/],
    ['empty input', '  ', /is empty/],
    ['a key given twice', '{"pee-start": true, "pee-start": false}', /answers 'pee-start' twice/],
    ['a key given twice in another case', '{"Age": 3, "Age": 4}', /answers 'Age' twice/],
    ['one question twice, by keys that differ in case', '{"Fever": true, "fever": false}', /answers 'fever' twice/],
    ['a comment', '{"pregnancy": true /* yes */}', /comments are not allowed in JSON at line 1, column 20/],
    ['a trailing comma', '{"pregnancy": true,}', /a question id in double quotes was expected at line 1, column 20/],
    ['text after the object', '{"pregnancy": true} and more', /an unexpected character at line 1, column 21/],
    ['a file that is not JSON, without quoting it', 'root:x:0:0:root:/root:/bin/bash', /not valid JSON: an unexpected character at line 1, column 1\. /],
    ['a string value, without quoting it', '{"pregnancy": "secret words"}', /must be true or false, not a string\. /],
  ])('--answers rejects %s', (_, text, message) => {
    expect(() => answersFromJson(questions, text, { stdin: true }, parseAnswers)).toThrow(UsageError);
    const line = said(() => answersFromJson(questions, text, { stdin: true }, parseAnswers));
    expect(line).toMatch(message);
    expect(line).not.toMatch(/root:x|secret/);
  });
});
