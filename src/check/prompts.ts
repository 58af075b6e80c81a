// The only module that loads Inquirer.js: imported lazily by interactive `check`.
import checkbox from '@inquirer/checkbox';
import input from '@inquirer/input';
import select from '@inquirer/select';
import type { Messages } from '../messages/en.js';
import { fill } from '../messages/fill.js';
import type { Asker } from './flow.js';
import type { Question } from './questions.js';
import { readWhole, readYesNo, type YesNoWords } from './yes-no.js';

interface PromptStreams {
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
}

/** The question as the prompt shows it: its warning mark and tier first ("[!] Emergency:"), its hint after. */
function shown(question: Question, hint: string): string {
  const text = question.lead ? `${question.lead} ${question.text}` : question.text;
  if (question.hint) return [text, `  ${question.hint}`, ...(hint ? [`  ${hint}`] : [])].join('\n');
  return hint ? `${text} ${hint}` : text;
}

/** An Asker backed by Inquirer.js prompts, in the words of `m`; tests pass their own streams. */
export function inquirerAsker(m: Messages, streams: PromptStreams = {}): Asker {
  const context = { ...(streams.input ? { input: streams.input } : {}), ...(streams.output ? { output: streams.output } : {}) };
  const out = streams.output ?? process.stdout;
  const words: YesNoWords = { yes: m.check.yesWords, no: m.check.noWords, notSure: m.check.notSureWords };
  // While a prompt is open, a signal that ends the process ends the prompt's line first, so the
  // shell's prompt does not start in the middle of it.
  let open = false;
  // The process's own terminal only: a test's streams get no process-wide listeners.
  if (!streams.input) {
    process.once('exit', () => {
      if (open) out.write('\n');
    });
    // Ctrl-Z stops the process (readline sends itself SIGTSTP); on `fg` readline pauses its input
    // and puts raw mode back, and nothing would resume it: with nothing left to wait for, Node
    // would end the checklist. Resume the input once readline has done its part.
    process.on('SIGCONT', () => void setImmediate(() => process.stdin.resume()));
  }
  const asking = async <T>(prompt: Promise<T>): Promise<T> => {
    open = true;
    try {
      return await prompt;
    } finally {
      open = false;
    }
  };
  const wordOf = (answer: boolean | 'not-sure' | undefined): string => (answer === 'not-sure' ? m.check.notSureWord : answer ? m.check.yesWord : m.check.noWord);
  return {
    // Every yes/no question goes through one typed reader, in the language in use. A warning sign
    // has no default (Enter alone, or any other word, asks again) and takes "not sure"; any
    // other question takes Enter as no.
    async yesNo(question) {
      const sure = question.warning;
      const read = (value: string): boolean | 'not-sure' | undefined => (!sure && value.trim() === '' ? false : readYesNo(value, words, sure));
      const typed = await asking(
        input(
          {
            message: shown(question, sure ? m.check.yesNoNotSureHint : m.check.yesNoDefaultHint),
            validate: (value) => read(value) !== undefined || (sure ? m.check.askAgainNotSure : m.check.askAgain),
            transformer: (value, { isFinal }) => (isFinal ? wordOf(read(value)) : value),
          },
          context,
        ),
      );
      return read(typed) ?? false;
    },
    async number(question) {
      const again = fill(m.check.askAgainNumber, { min: question.min, max: question.max });
      const typed = await asking(input({ message: shown(question, m.check.numberHint), validate: (value) => readWhole(value, question.min, question.max) !== undefined || again }, context));
      return readWhole(typed, question.min, question.max) ?? question.min;
    },
    choice: (question) => asking(select({ message: shown(question, ''), choices: question.choices.map((c) => ({ name: c.text, value: c.id })) }, context)),
    choose: (message, questions) =>
      asking(checkbox({ message, choices: questions.map((q) => ({ name: q.text, value: q.id })), instructions: m.check.tickHelp }, context)),
    say: (text) => {
      out.write(`${text}\n`);
    },
  };
}
