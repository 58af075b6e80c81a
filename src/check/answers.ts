import { UsageError } from '../core/errors.js';
import { didYouMean } from '../core/suggest.js';
import { visible } from '../core/visible.js';
import type { Answers } from './score.js';
import type { Question } from './questions.js';

/** The most an answers file may hold: far more than every question needs. */
export const ANSWERS_LIMIT = 1024 * 1024;
const SEE_IDS = "See the ids with 'backpain check --questions'.";

function knownId(questions: readonly Question[], id: string): string {
  if (questions.some((q) => q.id === id)) return id;
  throw new UsageError(`unknown question id '${visible(id)}'.${didYouMean(id, questions.map((q) => q.id))}`, SEE_IDS);
}

/**
 * A wrong answer value, named for the message. Objects and arrays are named, not printed:
 * printing a deeply nested one would overflow the stack, and it would not fit one line anyway.
 */
function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return visible(JSON.stringify(value));
}

/** `--yes a,b,c`: the ids listed are "yes", every other question "no". */
export function answersFromYes(questions: readonly Question[], list: string): Answers {
  const ids = list.split(',').map((id) => id.trim()).filter(Boolean);
  const answers: Record<string, boolean> = {};
  for (const q of questions) answers[q.id] = false;
  for (const id of ids) answers[knownId(questions, id)] = true;
  return answers;
}

/** `--answers`: a JSON object of id -> true/false; questions left out count as "no". */
export function answersFromJson(questions: readonly Question[], text: string, where: string): Answers {
  if (text.trim() === '') throw new UsageError(`${where} is empty; expected a JSON object such as {"age": true}.`, SEE_IDS);
  let data: unknown;
  try {
    // Editors on Windows often save a byte-order mark first; JSON.parse would reject it.
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] ?? '' : '';
    throw new UsageError(`${where} is not valid JSON (${visible(reason)}).`, 'Expected an object such as {"age": true, "bladder": false}.');
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new UsageError(`${where} must hold a JSON object of question ids, not ${Array.isArray(data) ? 'an array' : data === null ? 'null' : `a ${typeof data}`}.`, 'For example: {"age": true}');
  }
  const answers: Record<string, boolean> = {};
  for (const q of questions) answers[q.id] = false;
  for (const [id, value] of Object.entries(data)) {
    const known = knownId(questions, id);
    if (typeof value !== 'boolean') {
      throw new UsageError(`the answer for '${visible(id)}' must be true or false, not ${describeValue(value)}.`, 'For example: {"age": true}');
    }
    answers[known] = value;
  }
  return answers;
}
