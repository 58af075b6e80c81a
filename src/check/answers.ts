import { UsageError } from '../core/errors.js';
import { suggestion } from '../core/suggest.js';
import { visible } from '../core/visible.js';
import type { Vars } from '../messages/fill.js';
import type { Answers } from './score.js';
import type { Question } from './questions.js';

/** The most an answers file may hold: far more than every question needs. */
export const ANSWERS_LIMIT = 1024 * 1024;
const SEE_IDS = { key: 'seeIds' } as const;

/** Where answers were read from, as the message names it: standard input, or a file's name. */
export type Where = { stdin: true } | { file: string };

function knownId(questions: readonly Question[], id: string): string {
  // Ids are matched as section and list names are: case does not matter (`--yes AGE`).
  const wanted = id.toLowerCase();
  const known = questions.find((q) => q.id === wanted);
  if (known) return known.id;
  throw new UsageError('unknownQuestion', { id: visible(id), ...suggestion(wanted, questions.map((q) => q.id)) }, SEE_IDS);
}

/**
 * A wrong answer value, named for the message. Objects and arrays are named, not printed:
 * printing a deeply nested one would overflow the stack, and it would not fit one line anyway.
 */
function describeValue(value: unknown): Vars {
  if (value === null) return { valueKey: 'null' };
  if (Array.isArray(value)) return { valueKey: 'anArray' };
  if (typeof value === 'object') return { valueKey: 'anObject' };
  return { value: visible(JSON.stringify(value)) };
}

/** `--yes a,b,c`: the ids listed are "yes", every other question "no". */
export function answersFromYes(questions: readonly Question[], list: string): Answers {
  const ids = list.split(',').map((id) => id.trim()).filter(Boolean);
  if (ids.length === 0) throw new UsageError('emptyYes', {}, { key: 'yesValue' });
  const answers: Record<string, boolean> = {};
  for (const q of questions) answers[q.id] = false;
  for (const id of ids) answers[knownId(questions, id)] = true;
  return answers;
}

/** The values an answers error names its source with: a file by name; standard input by a catalog word. */
function whereVars(where: Where): Vars {
  return 'file' in where ? { where: `'${visible(where.file)}'` } : { whereKey: 'standardInput' };
}

/** `--answers`: a JSON object of id -> true/false; questions left out count as "no". */
export function answersFromJson(questions: readonly Question[], text: string, where: Where): Answers {
  const at = whereVars(where);
  if (text.trim() === '') throw new UsageError('answersEmpty', at, SEE_IDS);
  let data: unknown;
  try {
    // Editors on Windows often save a byte-order mark first; JSON.parse would reject it.
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] ?? '' : '';
    throw new UsageError('answersNotJson', { ...at, reason: visible(reason) }, { key: 'answersShape' });
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    const what = Array.isArray(data) ? { whatKey: 'anArray' } : data === null ? { whatKey: 'null' } : { whatKey: 'aType', type: typeof data };
    throw new UsageError('answersNotObject', { ...at, ...what }, { key: 'answersExample' });
  }
  const answers: Record<string, boolean> = {};
  for (const q of questions) answers[q.id] = false;
  for (const [id, value] of Object.entries(data)) {
    const known = knownId(questions, id);
    if (typeof value !== 'boolean') throw new UsageError('answerNotBoolean', { id: visible(id), ...describeValue(value) }, { key: 'answersExample' });
    answers[known] = value;
  }
  return answers;
}
