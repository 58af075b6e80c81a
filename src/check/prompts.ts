// The only module that loads Inquirer.js: imported lazily by interactive `check`.
import checkbox from '@inquirer/checkbox';
import confirm from '@inquirer/confirm';
import input from '@inquirer/input';
import type { Messages } from '../messages/en.js';
import type { Asker } from './flow.js';
import { readYesNo, type YesNoWords } from './yes-no.js';

export interface PromptStreams {
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
}

/** An Asker backed by Inquirer.js prompts, in the words of `m`; tests pass their own streams. */
export function inquirerAsker(m: Messages, streams: PromptStreams = {}): Asker {
  const context = { ...(streams.input ? { input: streams.input } : {}), ...(streams.output ? { output: streams.output } : {}) };
  const out = streams.output ?? process.stdout;
  const words: YesNoWords = { yes: m.check.yesWords, no: m.check.noWords };
  // While a prompt is open, a signal that ends the process ends the prompt's line first, so the
  // shell's prompt does not start in the middle of it.
  let open = false;
  process.once('exit', () => {
    if (open) out.write('\n');
  });
  // Ctrl-Z stops the process (readline sends itself SIGTSTP); on `fg` readline pauses its input
  // and puts raw mode back, and nothing would resume it: with nothing left to wait for, Node
  // would end the checklist. Resume the input once readline has done its part.
  const keys = streams.input ?? process.stdin;
  process.on('SIGCONT', () => void setImmediate(() => keys.resume()));
  const asking = async <T>(prompt: Promise<T>): Promise<T> => {
    open = true;
    try {
      return await prompt;
    } finally {
      open = false;
    }
  };
  // A question that must be answered has no default: Enter alone, or any other word, asks again.
  const required = async (message: string): Promise<boolean> => {
    const typed = await input(
      {
        message: `${message} ${m.check.yesNoHint}`,
        validate: (value) => readYesNo(value, words) !== undefined || m.check.askAgain,
        transformer: (value, { isFinal }) => (isFinal ? (readYesNo(value, words) ? m.check.yesWord : m.check.noWord) : value),
      },
      context,
    );
    return readYesNo(typed, words) === true;
  };
  return {
    confirm: (question, mustAnswer) => asking(mustAnswer ? required(question.text) : confirm({ message: question.text, default: false }, context)),
    choose: (message, questions) =>
      asking(checkbox({ message, choices: questions.map((q) => ({ name: q.text, value: q.id })), instructions: m.check.tickHelp }, context)),
    say: (text) => {
      out.write(`${text}\n`);
    },
  };
}
