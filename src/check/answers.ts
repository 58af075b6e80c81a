import { UsageError } from '../core/errors.js';
import { suggestion } from '../core/suggest.js';
import { visible } from '../core/visible.js';
import type { Vars } from '../messages/fill.js';
import type { AnswersJson, Value } from './answers-json.js';
import type { Answers } from './score.js';
import type { Question } from './questions.js';

/** The most an answers file may hold: far more than every question needs. */
export const ANSWERS_LIMIT = 1024 * 1024;
const SEE_IDS = { key: 'seeIds' } as const;

/** Where answers were read from, as the message names it: standard input, or a file's name. */
export type Where = { stdin: true } | { file: string };

/** `shown` says the id back in the error; it runs only then (escaping compiles a large pattern). */
function knownId(questions: readonly Question[], id: string, shown: (id: string) => string = visible): string {
  // Ids are matched as section and list names are: case does not matter (`--yes AGE`).
  const wanted = id.toLowerCase();
  const known = questions.find((q) => q.id === wanted);
  if (known) return known.id;
  throw new UsageError('unknownQuestion', { id: shown(id), ...suggestion(wanted, questions.map((q) => q.id)) }, SEE_IDS);
}

/**
 * A wrong answer value, named for the message, never printed: it is the file's content, and a
 * nested one would not fit one line anyway.
 */
function describeValue(value: Value): Vars {
  if (value.kind === 'null') return { valueKey: 'null' };
  if (value.kind === 'array') return { valueKey: 'anArray' };
  if (value.kind === 'object') return { valueKey: 'anObject' };
  return { valueKey: 'aType', type: value.kind === 'type' ? value.type : 'boolean' };
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

/**
 * A file's key as an id to echo: an id-like key is said back (cut and escaped); anything else
 * is the file's content, so it is not.
 */
function keyShown(key: string): string {
  return /^[\w-]{0,40}$/.test(key) ? visible(key) : '…';
}

/**
 * `--answers`: a JSON object of id -> true/false; questions left out count as "no". `parse` is
 * the strict reader (answers-json.ts, loaded only for --answers). No error quotes the file.
 */
export function answersFromJson(questions: readonly Question[], text: string, where: Where, parse: (text: string) => AnswersJson): Answers {
  const at = whereVars(where);
  if (text.trim() === '') throw new UsageError('answersEmpty', at, SEE_IDS);
  // Editors on Windows often save a byte-order mark first.
  const parsed = parse(text.replace(/^\uFEFF/, ''));
  if (!parsed.ok && parsed.error === 'syntax') throw new UsageError('answersNotJson', { ...at, reasonKey: `json${parsed.code}`, line: parsed.line, column: parsed.column }, { key: 'answersShape' });
  if (!parsed.ok && parsed.error === 'duplicate') throw new UsageError('answersDuplicate', { ...at, id: keyShown(parsed.key) }, { key: 'answersExample' });
  if (!parsed.ok) {
    const { what } = parsed;
    const named = what.kind === 'array' ? { whatKey: 'anArray' } : what.kind === 'null' ? { whatKey: 'null' } : { whatKey: 'aType', type: what.type };
    throw new UsageError('answersNotObject', { ...at, ...named }, { key: 'answersExample' });
  }
  const answers: Record<string, boolean> = {};
  for (const q of questions) answers[q.id] = false;
  for (const { key, value } of parsed.entries) {
    const known = knownId(questions, key, keyShown);
    if (value.kind !== 'boolean') throw new UsageError('answerNotBoolean', { id: keyShown(key), ...describeValue(value) }, { key: 'answersExample' });
    answers[known] = value.value;
  }
  return answers;
}
