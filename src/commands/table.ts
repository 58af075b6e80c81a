// The commands: one entry each. Everything about a command comes from its entry (and its words,
// from the message catalog under its name): fastParse and commander read its arguments and
// options, help and the man page describe it, completion completes it, `run` decides its output
// from its formats. Adding a command is adding an entry here, its handler beside this file and
// its words in each catalog; tests/cli/command-table.test.ts holds every derived place to this table.
import type { CommandSpec } from '../core/spec.js';
import type { Messages } from '../messages/en.js';
import type { Handler } from './context.js';

/** A command's name is a key of the catalog's `commands`, so a command without its words fails the type check. */
export type CommandName = keyof Messages['commands'];

export interface CommandEntry extends CommandSpec {
  name: CommandName;
  /** The handler, loaded when the command runs. */
  load: () => Promise<Handler>;
}

export const COMMANDS: readonly CommandEntry[] = [
  {
    name: 'read',
    args: '[section...]',
    formats: ['terminal', 'text', 'markdown', 'json', 'html'],
    pipe: 'markdown',
    options: [{ flags: '--no-pager' }],
    examples: ['backpain read', 'backpain read causes 8', 'backpain read --format html -o handout.html'],
    complete: 'sections',
    load: async () => (await import('./read.js')).readCommand,
  },
  {
    name: 'sections',
    args: '',
    formats: ['terminal', 'text', 'tsv', 'json'],
    pipe: 'tsv',
    examples: ['backpain sections', 'backpain sections --json'],
    complete: 'none',
    load: async () => (await import('./sections.js')).sectionsCommand,
  },
  {
    name: 'list',
    args: '<kind>',
    formats: ['terminal', 'text', 'markdown', 'tsv', 'json'],
    pipe: 'tsv',
    examples: ['backpain list red-flags', 'backpain list causes', "backpain list treatments --json | jq -r '.[].name'"],
    complete: 'lists',
    load: async () => (await import('./list.js')).listCommand,
  },
  {
    name: 'search',
    args: '<words...>',
    formats: ['terminal', 'text', 'tsv', 'json'],
    pipe: 'tsv',
    examples: ['backpain search sitting', 'backpain search nerve pain'],
    complete: 'none',
    load: async () => (await import('./search.js')).searchCommand,
  },
  {
    name: 'check',
    args: '',
    formats: ['terminal', 'text', 'json'],
    pipe: 'text',
    modes: [{ when: 'questions', formats: ['terminal', 'text', 'tsv', 'json'], pipe: 'tsv' }],
    options: [{ flags: '--questions' }, { flags: '--yes <ids>' }, { flags: '--answers <file>' }],
    examples: ['backpain check', 'backpain check --questions', 'backpain check --yes age=45,one-leg-pain --json'],
    complete: 'none',
    load: async () => (await import('./check.js')).checkCommand,
  },
  {
    name: 'sources',
    args: '',
    formats: ['terminal', 'text', 'markdown', 'tsv', 'json'],
    pipe: 'text',
    examples: ['backpain sources', 'backpain sources --json'],
    complete: 'none',
    load: async () => (await import('./sources.js')).sourcesCommand,
  },
  {
    name: 'handout',
    args: '',
    formats: ['html'],
    pipe: 'html',
    options: [{ flags: '--card' }, { flags: '--full' }],
    examples: ['backpain handout -o handout.html', 'backpain handout --card -o card.html', 'backpain --lang es handout -o hoja.html'],
    complete: 'none',
    load: async () => (await import('./handout.js')).handoutCommand,
  },
  {
    name: 'completion',
    args: '<shell>',
    formats: [],
    examples: [
      'backpain completion bash > ~/.local/share/bash-completion/completions/backpain',
      'backpain completion zsh > ~/.zfunc/_backpain',
      'backpain completion fish > ~/.config/fish/completions/backpain.fish',
    ],
    complete: 'shells',
    load: async () => (await import('./completion.js')).completionCommand,
  },
]

export const COMMAND_NAMES: readonly CommandName[] = COMMANDS.map((c) => c.name);

export function commandNamed(name: string | undefined): CommandEntry | undefined {
  return COMMANDS.find((c) => c.name === name);
}

/** The examples `backpain` and `backpain --help` lead with: the first of each command that prints data. */
export function topExamples(): { command: string; index: number; line: string }[] {
  return COMMANDS.filter((c) => c.formats.length > 0).map((c) => ({ command: c.name, index: 0, line: c.examples[0] ?? '' }));
}
