import type { Condition, Term } from '../content/condition.js';
import type { Answer } from './score.js';

/** The answer as a condition names it: `yes`, `no`, `not-sure`, or a choice's id. */
function named(answer: Answer | undefined): string | undefined {
  if (answer === true) return 'yes';
  if (answer === false) return 'no';
  return typeof answer === 'string' ? answer : undefined;
}

function holds(term: Term, answers: Readonly<Record<string, Answer>>): boolean {
  const answer = answers[term.id];
  if (term.op === 'yes') return answer === true || answer === 'not-sure';
  if (term.op === '<') return typeof answer === 'number' && answer < term.value;
  if (term.op === '>') return typeof answer === 'number' && answer > term.value;
  if (term.op !== '=' && term.op !== '!=') return false;
  const is = term.values.includes(named(answer) ?? '');
  // Not answered is "not that": so `duration!=over-3-months` holds when the duration is not known.
  return term.op === '=' ? is : !is;
}

/** Whether a condition holds for the answers so far; no condition always holds. */
export function conditionHolds(condition: Condition | null, answers: Readonly<Record<string, Answer>>): boolean {
  return condition === null || condition.some((clause) => clause.every((t) => holds(t, answers)));
}
