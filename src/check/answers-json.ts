// Reads an answers file's JSON with jsonc-parser's visitor, in strict JSON mode, because the
// file answers safety questions: a key given twice (`{"bladder": true, "bladder": false}`) is an
// error, not "the last one wins" as JSON.parse has it, and no error quotes the file back.
// Loaded only by `check --answers` (dist/lazy/answers-json.cjs).
// The ES module build: its UMD one requires its parts at run time, which a bundle cannot follow.
import { printParseErrorCode, visit } from 'jsonc-parser/lib/esm/main.js';
import { valueOf } from './answers.js';

/** What the file's top level is, when it is not an object: named, never printed. */
type NotObject = { kind: 'array' } | { kind: 'null' } | { kind: 'type'; type: string };

/** The value given for a question, described, never printed (it is the file's content). */
export type Value =
  | { kind: 'boolean'; value: boolean }
  | { kind: 'number'; value: number }
  | { kind: 'string'; value: string }
  | { kind: 'null' }
  | { kind: 'array' }
  | { kind: 'object' }
  | { kind: 'type'; type: string };

export type AnswersJson =
  | { ok: true; entries: { key: string; value: Value }[] }
  | { ok: false; error: 'syntax'; code: string; line: number; column: number }
  | { ok: false; error: 'duplicate'; key: string }
  | { ok: false; error: 'notObject'; what: NotObject };

class Stop extends Error {
  constructor(readonly result: AnswersJson) {
    super('stop');
  }
}


/**
 * The top-level object's keys and values, in order. Parsing stops at the first problem: a syntax
 * error (with its line and column, from 1), a key given twice, or anything but an object at the
 * top. A nested object or array as a value is named and not read further, so no nesting depth
 * can overflow the stack.
 */
export function parseAnswers(text: string): AnswersJson {
  const entries: { key: string; value: Value }[] = [];
  const seen = new Set<string>();
  let depth = 0;
  let key: string | undefined;
  const take = (value: Value): void => {
    if (key === undefined) return;
    entries.push({ key, value });
    key = undefined;
  };
  try {
    visit(
      text,
      {
        onObjectBegin: () => {
          if (depth === 1) {
            take({ kind: 'object' });
            throw new Stop({ ok: true, entries });
          }
          depth += 1;
        },
        onArrayBegin: () => {
          if (depth === 0) throw new Stop({ ok: false, error: 'notObject', what: { kind: 'array' } });
          take({ kind: 'array' });
          throw new Stop({ ok: true, entries });
        },
        onObjectProperty: (name) => {
          if (seen.has(name)) throw new Stop({ ok: false, error: 'duplicate', key: name });
          seen.add(name);
          key = name;
        },
        onLiteralValue: (value: unknown) => {
          if (depth === 0) throw new Stop({ ok: false, error: 'notObject', what: value === null ? { kind: 'null' } : { kind: 'type', type: typeof value } });
          take(valueOf(value));
        },
        onObjectEnd: () => {
          depth -= 1;
        },
        onError: (code, _offset, _length, line, column) => {
          throw new Stop({ ok: false, error: 'syntax', code: printParseErrorCode(code), line: line + 1, column: column + 1 });
        },
      },
      { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false },
    );
  } catch (error) {
    if (error instanceof Stop) return error.result;
    throw error;
  }
  return { ok: true, entries };
}
