// The only module that loads Inquirer.js: imported lazily by interactive `check`.
import checkbox from '@inquirer/checkbox';
import confirm from '@inquirer/confirm';
import input from '@inquirer/input';
import type { Asker } from './flow.js';
import { readYesNo, type YesNoWords } from './yes-no.js';

export interface PromptStreams {
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
}

const WORDS: YesNoWords = { yes: ['y', 'yes'], no: ['n', 'no'] };
const HINT = '(yes/no)';
const ASK_AGAIN = 'Please type yes or no, then press Enter.';

/** An Asker backed by Inquirer.js prompts; tests pass their own streams. */
export function inquirerAsker(streams: PromptStreams = {}): Asker {
  const context = { ...(streams.input ? { input: streams.input } : {}), ...(streams.output ? { output: streams.output } : {}) };
  const out = streams.output ?? process.stdout;
  // A question that must be answered has no default: Enter alone, or any other word, asks again.
  const required = async (message: string): Promise<boolean> => {
    const typed = await input(
      {
        message: `${message} ${HINT}`,
        validate: (value) => readYesNo(value, WORDS) !== undefined || ASK_AGAIN,
        transformer: (value, { isFinal }) => (isFinal ? (readYesNo(value, WORDS) ? WORDS.yes[1] : WORDS.no[1]) ?? value : value),
      },
      context,
    );
    return readYesNo(typed, WORDS) === true;
  };
  return {
    confirm: (question, mustAnswer) => (mustAnswer ? required(question.text) : confirm({ message: question.text, default: false }, context)),
    choose: (message, questions) =>
      checkbox({ message, choices: questions.map((q) => ({ name: q.text, value: q.id })), instructions: ' (space to tick, enter when done)' }, context),
    say: (text) => {
      out.write(`${text}\n`);
    },
  };
}
