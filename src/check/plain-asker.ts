// The accessible checklist: one plain line at a time, for screen readers and braille displays.
// It never moves the cursor or redraws (GitHub CLI's accessible prompter and charmbracelet/huh's
// ACCESSIBLE mode work the same way): a question, its numbered choices, a typed answer, and the
// answer said back in words. Loaded only by `check --accessible` on a terminal.
import { createInterface } from 'node:readline';
import { writeSync } from 'node:fs';
import type { Messages } from '../messages/en.js';
import { fill } from '../messages/fill.js';
import type { Asker } from './flow.js';
import type { Question } from './questions.js';
import { readWhole, readYesNo } from './yes-no.js';

interface PlainStreams {
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
}

/** Ctrl-D, or the input closing, ends the checklist as Ctrl-C does (the check command says so). */
function closed(): Error {
  return Object.assign(new Error('the input closed'), { name: 'ExitPromptError' });
}

/** The lines typed, one at a time, in order. */
function lineReader(input: NodeJS.ReadableStream): { next(): Promise<string>; close(): void } {
  // terminal: false: no raw mode, no cursor keys, no redrawing; the terminal echoes what is typed.
  const rl = createInterface({ input, terminal: false });
  const lines: string[] = [];
  const waiting: { resolve(line: string): void; reject(error: Error): void }[] = [];
  let ended = false;
  rl.on('line', (line) => {
    const next = waiting.shift();
    if (next) next.resolve(line);
    else lines.push(line);
  });
  rl.on('close', () => {
    ended = true;
    for (const w of waiting.splice(0)) w.reject(closed());
  });
  return {
    next: () => {
      const line = lines.shift();
      if (line !== undefined) return Promise.resolve(line);
      if (ended) return Promise.reject(closed());
      return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
    },
    close: () => rl.close(),
  };
}

/** The numbers of a multi-select answer ("1 3", "1, 3"), each from 1 to `count`; undefined if any is not. */
export function readNumbers(typed: string, count: number, none: readonly string[]): number[] | undefined {
  const answer = typed.trim().toLowerCase();
  if (answer === '' || none.includes(answer)) return [];
  const parts = answer.split(/[\s,]+/).filter(Boolean);
  // Plain decimal numbers only: Number() would read "0x4" as 4 and "1e0" as 1.
  if (parts.some((p) => !/^\d{1,4}$/.test(p))) return undefined;
  const numbers = parts.map(Number);
  if (numbers.some((n) => n < 1 || n > count)) return undefined;
  return [...new Set(numbers)];
}

/** An Asker that asks in plain lines, in the words of `m`; tests pass their own streams. */
export function plainAsker(m: Messages, streams: PlainStreams = {}): Asker {
  const input = streams.input ?? process.stdin;
  const out = streams.output ?? process.stdout;
  const reader = lineReader(input);
  const say = (text: string): void => void out.write(`${text}\n`);
  const words = { yes: m.check.yesWords, no: m.check.noWords, notSure: m.check.notSureWords };
  const names = { yes: m.check.yesWord, no: m.check.noWord, none: m.check.noneWord, notSure: m.check.notSureWord };
  // Ctrl-C in a plain terminal is a signal, not a key press: say so before the process ends.
  if (!streams.input) process.prependOnceListener('SIGINT', () => void writeSync(2, `${m.check.cancelled}\n`));
  /** Asks until `read` takes the line typed: the question (its warning in words, no symbol), its hint, how to answer. */
  const until = async <T>(question: Question, how: readonly string[], again: string, read: (typed: string) => T | undefined, said: (answer: T) => string): Promise<T> => {
    const lead = question.lead.replace(/^\[!\]\s*/, '');
    for (let asked = 0; ; asked++) {
      if (asked > 0) say(again);
      say(lead ? `${lead} ${question.text}` : question.text);
      if (question.hint) say(question.hint);
      for (const line of how) say(line);
      const answer = read((await reader.next()).trim());
      if (answer === undefined) continue;
      say(fill(m.check.answered, { answer: said(answer) }));
      return answer;
    }
  };
  const wordOf = (answer: boolean | 'not-sure'): string => (answer === 'not-sure' ? names.notSure : answer ? names.yes : names.no);
  return {
    yesNo(question) {
      const sure = question.warning;
      const how = sure ? [fill(m.check.choicesNotSure, names), fill(m.check.typeYesNoNotSure, names)] : [fill(m.check.choices, names), fill(m.check.typeYesNoDefault, names)];
      const read = (typed: string): boolean | 'not-sure' | undefined =>
        typed === '1' ? true : typed === '2' ? false : sure && typed === '3' ? 'not-sure' : typed === '' && !sure ? false : readYesNo(typed, words, sure);
      return until(question, how, sure ? m.check.askAgainNotSure : m.check.askAgain, read, wordOf);
    },
    number(question) {
      const again = fill(m.check.askAgainNumber, { min: question.min, max: question.max });
      return until(question, [m.check.typeNumber], again, (typed) => readWhole(typed, question.min, question.max), String);
    },
    choice(question) {
      const how = [...question.choices.map((c, i) => `${i + 1}. ${c.text}`), m.check.typeChoice];
      const again = fill(m.check.askAgainChoice, { count: question.choices.length });
      const read = (typed: string): string | undefined => {
        const n = readWhole(typed, 1, question.choices.length);
        return n === undefined ? undefined : question.choices[n - 1]?.id;
      };
      return until(question, how, again, read, (id) => question.choices.find((c) => c.id === id)?.text ?? id);
    },
    async choose(message, questions) {
      for (let asked = 0; ; asked++) {
        if (asked > 0) say(fill(m.check.askAgainMany, names));
        say(message);
        questions.forEach((q, i) => say(`${i + 1}. ${q.text}`));
        say(fill(m.check.typeMany, names));
        const numbers = readNumbers(await reader.next(), questions.length, m.check.noneWords);
        if (numbers === undefined) continue;
        const chosen = numbers.flatMap((n) => questions[n - 1] ?? []);
        say(fill(m.check.answered, { answer: chosen.length ? chosen.map((q) => q.text).join('; ') : names.none }));
        reader.close();
        return chosen.map((q) => q.id);
      }
    },
    say,
  };
}
