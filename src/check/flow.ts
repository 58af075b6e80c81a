import type { Question } from './questions.js';
import { stopsAfter, type Answers } from './score.js';
import { mustAnswer } from './tiers.js';

/** The seam between the checklist and whatever asks the questions (Inquirer.js, or a test script). */
export interface Asker {
  /**
   * A yes/no question. With `required`, there is no default: Enter alone, or an answer that is
   * not yes or no, asks again.
   */
  confirm(question: Question, required: boolean): Promise<boolean>;
  /** A multi-select: returns the ids of the questions ticked. */
  choose(message: string, questions: readonly Question[]): Promise<string[]>;
  /** A line of text shown between questions. */
  say(text: string): void;
}

/**
 * Asks the checklist in order: each one-by-one question on its own (stopping at the first
 * emergency "yes", as the scoring does), and the multi-select questions of a list together.
 */
export async function askChecklist(questions: readonly Question[], asker: Asker, riskPrompt: string): Promise<Answers> {
  const answers: Record<string, boolean> = {};
  const many: Question[] = [];
  for (const question of questions) {
    if (question.ask === 'many') {
      many.push(question);
      continue;
    }
    answers[question.id] = await asker.confirm(question, mustAnswer(question.tier));
    if (stopsAfter(question, answers[question.id])) return answers;
  }
  if (many.length > 0) {
    const ticked = new Set(await asker.choose(riskPrompt, many));
    for (const q of many) answers[q.id] = ticked.has(q.id);
  }
  return answers;
}

/** Inquirer.js rejects with ExitPromptError when the user presses Ctrl-C (or the input closes). */
export function isPromptExit(error: unknown): boolean {
  return error instanceof Error && error.name === 'ExitPromptError';
}
