import type { Checklist } from '../content/types.js';
import { conditionHolds } from './conditions.js';
import type { Question } from './questions.js';
import { emergencyReached, type Answer } from './score.js';

/** The seam between the checklist and whatever asks the questions (Inquirer.js, plain lines, or a test script). */
export interface Asker {
  /**
   * A yes/no question. A warning sign (`question.warning`) has no default (Enter alone, or an
   * answer that is not yes, no or "not sure", asks again) and takes "not sure"; any other takes
   * Enter as no.
   */
  yesNo(question: Question): Promise<boolean | 'not-sure'>;
  /** A whole number from `question.min` to `question.max`; no default. */
  number(question: Question): Promise<number>;
  /** One of `question.choices`, by id; no default. */
  choice(question: Question): Promise<string>;
  /** A multi-select: returns the ids of the questions ticked. */
  choose(message: string, questions: readonly Question[]): Promise<string[]>;
  /** A line of text shown between questions. */
  say(text: string): void;
}

function ask(asker: Asker, question: Question): Promise<Answer> {
  if (question.type === 'number') return asker.number(question);
  if (question.type === 'choice') return asker.choice(question);
  return asker.yesNo(question);
}

/**
 * Asks the checklist in order: each one-by-one question whose `When:` holds for the answers so
 * far (a follow-up only after its "yes"), stopping once the answers reach an emergency (as the
 * scoring does), and the multi-select questions of a list together at the end.
 */
export async function askChecklist(questions: readonly Question[], asker: Asker, checklist: Checklist): Promise<Record<string, Answer>> {
  const answers: Record<string, Answer> = {};
  const many = questions.filter((q) => q.ask === 'many');
  for (const [i, question] of questions.entries()) {
    if (question.ask === 'many' || !conditionHolds(question.when, answers)) continue;
    answers[question.id] = await ask(asker, question);
    // A sign's "is it new?" comes before the checklist can stop: its answer may lower the sign.
    const next = questions[i + 1];
    if (next?.newOf === question.id && conditionHolds(next.when, answers)) continue;
    if (emergencyReached(questions, answers, checklist)) return answers;
  }
  if (many.length > 0) {
    const ticked = new Set(await asker.choose(checklist.riskPrompt, many));
    for (const q of many) answers[q.id] = ticked.has(q.id);
  }
  return answers;
}

/** Inquirer.js rejects with ExitPromptError when the user presses Ctrl-C (or the input closes). */
export function isPromptExit(error: unknown): boolean {
  return error instanceof Error && error.name === 'ExitPromptError';
}
