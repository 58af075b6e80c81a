import type { Question } from './questions.js';
import type { Answers } from './score.js';

/** The seam between the checklist and whatever asks the questions (Inquirer.js, or a test script). */
export interface Asker {
  /** A yes/no question. */
  confirm(question: Question): Promise<boolean>;
  /** A multi-select: returns the ids of the questions ticked. */
  choose(message: string, questions: readonly Question[]): Promise<string[]>;
  /** A line of text shown between questions. */
  say(text: string): void;
}

/**
 * Asks the checklist: warning signs one by one (stopping at the first "yes"), then the
 * symptoms one by one, then the risk factors as one multi-select.
 */
export async function askChecklist(questions: readonly Question[], asker: Asker, riskPrompt: string): Promise<Answers> {
  const answers: Record<string, boolean> = {};
  const risks: Question[] = [];
  for (const question of questions) {
    if (question.kind === 'risk-factor') {
      risks.push(question);
      continue;
    }
    answers[question.id] = await asker.confirm(question);
    // A warning sign needs help now: asking more would only delay the advice.
    if (question.kind === 'red-flag' && answers[question.id]) return answers;
  }
  if (risks.length > 0) {
    const ticked = new Set(await asker.choose(riskPrompt, risks));
    for (const q of risks) answers[q.id] = ticked.has(q.id);
  }
  return answers;
}
