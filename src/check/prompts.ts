// The only module that loads Inquirer.js: imported lazily by interactive `check`.
import checkbox from '@inquirer/checkbox';
import confirm from '@inquirer/confirm';
import type { Asker } from './flow.js';

export interface PromptStreams {
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
}

/** An Asker backed by Inquirer.js prompts; tests pass their own streams. */
export function inquirerAsker(streams: PromptStreams = {}): Asker {
  const context = { ...(streams.input ? { input: streams.input } : {}), ...(streams.output ? { output: streams.output } : {}) };
  const out = streams.output ?? process.stdout;
  return {
    confirm: (question) => confirm({ message: question.text, default: false }, context),
    choose: (message, questions) =>
      checkbox({ message, choices: questions.map((q) => ({ name: q.text, value: q.id })), instructions: ' (space to tick, enter when done)' }, context),
    say: (text) => {
      out.write(`${text}\n`);
    },
  };
}
