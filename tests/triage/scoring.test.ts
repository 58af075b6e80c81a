// The scenarios through the scoring itself, on the guide parsed from content/ (no build needed):
// each situation's urgency, and the checklist asked as a person would be, through a scripted Asker.
import { describe, expect, it } from 'vitest';
import { askChecklist, type Asker } from '../../src/check/flow.js';
import { checklistQuestions, orderProblems, type Question } from '../../src/check/questions.js';
import { assess, type Answer } from '../../src/check/score.js';
import { LANGS } from '../../src/core/lang.js';
import { loadGuide } from '../support/data-from-disk.js';
import { SCENARIOS } from './scenarios.js';

/**
 * An Asker that answers from a scenario: "no" where it says nothing, "yes" to a question that a
 * follow-up it says yes to is asked after (a person who cannot pee says yes to "has peeing
 * changed?"), and "yes, it is new" after a sign it says yes to.
 */
function scripted(questions: readonly Question[], answers: Readonly<Record<string, Answer>>, asked: string[]): Asker {
  const leadsTo = (q: Question): boolean => questions.some((f) => answers[f.id] === true && (f.when ?? []).some((clause) => clause.some((t) => t.id === q.id)));
  const given = (q: Question): Answer | undefined => answers[q.id] ?? (leadsTo(q) ? true : undefined);
  return {
    yesNo: async (q) => {
      asked.push(q.id);
      const a = given(q);
      if (a === true || a === false || a === 'not-sure') return a;
      return q.newOf ? true : false;
    },
    number: async (q) => {
      asked.push(q.id);
      const a = given(q);
      return typeof a === 'number' ? a : 40;
    },
    choice: async (q) => {
      asked.push(q.id);
      const a = given(q);
      return typeof a === 'string' ? a : (q.choices[0]?.id ?? '');
    },
    choose: async (_message, questions) => {
      asked.push('risk-factors');
      return questions.filter((q) => answers[q.id] === true).map((q) => q.id);
    },
    say: () => undefined,
  };
}

describe.each(LANGS)('the checklist scoring in %s', (lang) => {
  const guide = loadGuide(lang);
  const questions = checklistQuestions(guide);

  it('asks every follow-up after what it follows', () => {
    expect(orderProblems(questions)).toEqual([]);
  });

  it('names only questions the checklist has', () => {
    const ids = new Set(questions.map((q) => q.id));
    for (const s of SCENARIOS) for (const id of Object.keys(s.answers)) expect(ids.has(id), `${s.situation}: ${id}`).toBe(true);
  });

  it.each(SCENARIOS.map((s) => [s.situation, s] as const))('%s', async (_, scenario) => {
    expect(assess(questions, scenario.answers, guide.checklist).urgency).toBe(scenario.urgency);
    // Asked one by one, as on a terminal, the answers reach the same urgency.
    const asked: string[] = [];
    const answers = await askChecklist(questions, scripted(questions, scenario.answers, asked), guide.checklist);
    expect(assess(questions, answers, guide.checklist).urgency).toBe(scenario.urgency);
  });

  it('asks a person with nothing wrong at most 35 questions', async () => {
    const asked: string[] = [];
    await askChecklist(questions, scripted(questions, { age: 35, duration: 'under-2-weeks', trend: 'better' }, asked), guide.checklist);
    expect(asked.length).toBeLessThanOrEqual(35);
  });
});
