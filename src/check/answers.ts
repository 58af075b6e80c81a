import { UsageError } from '../core/errors.js';
import { suggestion } from '../core/suggest.js';
import { visible } from '../core/visible.js';
import type { Vars } from '../messages/fill.js';
import type { AnswersJson, Value } from './answers-json.js';
import type { Answer, Answers } from './score.js';
import type { Question } from './questions.js';

/** The most an answers file may hold: far more than every question needs. */
export const ANSWERS_LIMIT = 1024 * 1024;
const SEE_IDS = { key: 'seeIds' } as const;
const NOT_SURE = 'not-sure';

/** Where answers were read from, as the message names it: standard input, or a file's name. */
export type Where = { stdin: true } | { file: string };

/** `shown` says the id back in the error; it runs only then (escaping compiles a large pattern). */
function knownQuestion(questions: readonly Question[], id: string, shown: (id: string) => string = visible): Question {
  // Ids are matched as section and list names are: case does not matter (`--yes AGE=40`), after
  // NFKC, so a key in full-width letters or with the Kelvin sign is the same id, and found twice.
  const wanted = id.normalize('NFKC').toLowerCase();
  const known = questions.find((q) => q.id === wanted);
  if (known) return known;
  throw new UsageError('unknownQuestion', { id: shown(id), ...suggestion(wanted, questions.map((q) => q.id)) }, SEE_IDS);
}

/** What a question takes, for the message that says an answer is wrong: as JSON values, or as --yes writes them. */
function expected(q: Question, flag = false): Vars {
  if (q.type === 'number') return { expectedKey: 'numberAnswer', min: q.min, max: q.max };
  if (q.type === 'choice') return { expectedKey: 'choiceAnswer', choices: q.choices.map((c) => c.id).join(', ') };
  if (flag) return { expectedKey: q.warning ? 'yesNoNotSureFlag' : 'yesNoFlag' };
  return { expectedKey: q.warning ? 'yesNoNotSureAnswer' : 'yesNoAnswer' };
}

/**
 * A wrong answer value, named for the message, never printed: it is the file's content, and a
 * nested one would not fit one line anyway.
 */
function describeValue(value: Value): Vars {
  if (value.kind === 'null') return { valueKey: 'null' };
  if (value.kind === 'array') return { valueKey: 'anArray' };
  if (value.kind === 'object') return { valueKey: 'anObject' };
  return { valueKey: 'aType', type: value.kind === 'type' ? value.type : value.kind };
}

/** A value as an answer sees it: its kind, and the value itself where an answer can be one. */
export function valueOf(value: unknown): Value {
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (typeof value === 'number') return { kind: 'number', value };
  if (typeof value === 'string') return { kind: 'string', value };
  if (value === null) return { kind: 'null' };
  if (Array.isArray(value)) return { kind: 'array' };
  return typeof value === 'object' ? { kind: 'object' } : { kind: 'type', type: typeof value };
}

/** An answer for `q` from a JSON value, or undefined when it is not one `q` takes. */
export function answerOf(q: Question, value: Value): Answer | undefined {
  if (q.type === 'number') return value.kind === 'number' && Number.isInteger(value.value) && value.value >= q.min && value.value <= q.max ? value.value : undefined;
  if (q.type === 'choice') return value.kind === 'string' && q.choices.some((c) => c.id === value.value) ? value.value : undefined;
  if (value.kind === 'boolean') return value.value;
  return q.warning && value.kind === 'string' && value.value === NOT_SURE ? NOT_SURE : undefined;
}

/** `id=value` of `--yes`, as the JSON value it stands for: yes, no, not-sure, a whole number, or a choice's id. */
function typedValue(text: string): Value {
  if (text === 'yes') return { kind: 'boolean', value: true };
  if (text === 'no') return { kind: 'boolean', value: false };
  if (/^\d{1,4}$/.test(text)) return { kind: 'number', value: Number(text) };
  return { kind: 'string', value: text };
}

/** A map of answers in which one question is answered once: ids that differ only in case or form are one. */
function answerOnce(answers: Record<string, Answer>, q: Question, answer: Answer, duplicate: () => never): void {
  if (Object.hasOwn(answers, q.id)) duplicate();
  answers[q.id] = answer;
}

/**
 * `--yes a,b,c=value`: the ids listed alone are "yes"; `id=value` answers a number (`age=45`), a
 * choice (`trend=worse`) or a yes/no question (`yes`, `no`, `not-sure`). Every question left out
 * is "no" (or not known, for a number or a choice).
 */
export function answersFromYes(questions: readonly Question[], list: string): Answers {
  const entries = list.split(',').map((entry) => entry.trim()).filter(Boolean);
  if (entries.length === 0) throw new UsageError('emptyYes', {}, { key: 'yesValue' });
  const answers: Record<string, Answer> = {};
  for (const entry of entries) {
    const [id = '', ...rest] = entry.split('=');
    const q = knownQuestion(questions, id);
    const value: Value = rest.length === 0 ? { kind: 'boolean', value: true } : typedValue(rest.join('='));
    const answer = answerOf(q, value);
    if (answer === undefined) throw new UsageError('yesWrongValue', { id: q.id, ...expected(q, true) }, { key: 'yesValue' });
    answerOnce(answers, q, answer, () => {
      throw new UsageError('yesDuplicate', { id: q.id }, { key: 'yesValue' });
    });
  }
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
 * `--answers`: a JSON object of id -> answer (true, false, "not-sure", a number, a choice's id);
 * questions left out count as "no". `parse` is the strict reader (answers-json.ts, loaded only
 * for --answers). No error quotes the file.
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
  const answers: Record<string, Answer> = {};
  const keyOf: Record<string, string> = {};
  for (const { key, value } of parsed.entries) {
    const q = knownQuestion(questions, key, keyShown);
    const answer = answerOf(q, value);
    if (answer === undefined) throw new UsageError('answerWrongValue', { id: keyShown(key), ...expected(q), ...describeValue(value) }, { key: 'answersExample' });
    answerOnce(answers, q, answer, () => {
      throw new UsageError('answersFoldedTwice', { ...at, id: q.id, first: keyShown(keyOf[q.id] ?? ''), second: keyShown(key) }, { key: 'answersExample' });
    });
    keyOf[q.id] = key;
  }
  return answers;
}
