import type { Format } from './settings.js';

export interface CommandSpec {
  name: string;
  args: string;
  summary: string;
  description: string;
  examples: readonly [string, string][];
  formats: readonly Format[];
  /** Options beyond the output options every data command has. */
  options?: readonly { flags: string; description: string }[];
  /** False for a command that prints no data (no --format, --json, --width, --output). */
  output?: false;
}

/** The options every data command has, in help order. */
export const OUTPUT_OPTIONS: readonly { flags: string; description: string }[] = [
  { flags: '--format <format>', description: 'output format' },
  { flags: '--json', description: 'same as --format json' },
  { flags: '--width <columns>', description: 'wrap text at this many columns (20 to 300)' },
  { flags: '-o, --output <file>', description: 'write to this file instead of standard output (never overwrites without --force)' },
  { flags: '--force', description: 'with --output: overwrite the file if it exists' },
];

/** The colour options, which every command takes before or after its name. */
export const COLOR_OPTIONS: readonly { flags: string; description: string }[] = [
  { flags: '--color', description: 'use colour even when not on a terminal' },
  { flags: '--no-color', description: 'never use colour (NO_COLOR works too)' },
];

/** The options every command takes, before or after its name (-V only before). */
export const GLOBAL_OPTIONS: readonly { flags: string; description: string }[] = [
  { flags: '-h, --help', description: 'show help' },
  { flags: '-V, --version', description: 'print the version' },
  ...COLOR_OPTIONS,
];

export const SHELLS = ['bash', 'zsh', 'fish'] as const;

// Every command's name, arguments, words and examples, in one place: fastParse, commander's
// program, help, short help, completion and the man page are all built from these, so they
// cannot drift apart. One constant per command, so a command's own file (src/cli/runners/)
// carries its spec and no other.

export const READ: CommandSpec = {
  name: 'read',
  args: '[section...]',
  summary: 'read the whole guide, or the sections you name',
  description:
    'Shows the guide, or the sections you name (by id, number, or the start of its id or title), in the order given. On a pipe it prints markdown, for other tools.',
  // Two or three examples each: help leads with them, so they must teach at a glance.
  examples: [
    ['backpain read', 'read the whole guide'],
    ['backpain read causes 8', 'read sections by id or number, in that order'],
    ['backpain read --format html -o handout.html', 'a printable page for a clinic'],
  ],
  formats: ['terminal', 'text', 'markdown', 'json', 'html'],
  options: [{ flags: '--no-pager', description: 'do not page long output on a terminal' }],
};

export const SECTIONS: CommandSpec = {
  name: 'sections',
  args: '',
  summary: 'list the sections of the guide, numbered',
  description: 'Lists the sections of the guide with their number, id and title.',
  examples: [
    ['backpain sections', 'see what you can read'],
    ['backpain sections --json', 'as JSON'],
  ],
  formats: ['terminal', 'text', 'tsv', 'json'],
};

export const LIST: CommandSpec = {
  name: 'list',
  args: '<kind>',
  summary: 'list causes, treatments, risk-factors, red-flags, urgent-signs or symptoms',
  description:
    "Lists the items of one of the guide's lists: causes, treatments, risk-factors, red-flags (emergency signs: call an emergency number now), urgent-signs (signs that need medical advice today) or symptoms. The two lists of signs come with their action; on a pipe the action goes to standard error, so every record stays an item.",
  examples: [
    ['backpain list red-flags', 'emergency signs, and the number to call'],
    ['backpain list causes', 'what can cause sciatica'],
    ['backpain list treatments --json | jq .[].name', 'treatment names, as JSON'],
  ],
  formats: ['terminal', 'text', 'markdown', 'tsv', 'json'],
};

export const SEARCH: CommandSpec = {
  name: 'search',
  args: '<words...>',
  summary: 'find the sections that contain all the words',
  description: 'Finds the sections that contain all the words you give (case does not matter). Exits 1 when nothing matches, as grep does.',
  examples: [
    ['backpain search sitting', 'sections that mention sitting'],
    ['backpain search nerve pain', 'sections with both words'],
  ],
  formats: ['terminal', 'text', 'tsv', 'json'],
};

export const CHECK: CommandSpec = {
  name: 'check',
  args: '',
  summary: 'a short checklist of warning signs, symptoms and risk factors',
  description:
    'Asks about emergency signs (stopping at once if you have one), then signs that need medical advice today, then symptoms and risk factors. Then it says how urgent your answers are (emergency, urgent, see-doctor or self-care) and what to do next. It informs; it does not diagnose. On a terminal, an emergency or same-day question must be answered yes or no: Enter alone asks again. Without a terminal, answer with --yes or --answers; questions left out count as no.',
  examples: [
    ['backpain check', 'answer the questions one by one'],
    ['backpain check --questions', 'see every question and its id'],
    ['backpain check --yes age,one-leg-pain --json', 'answer without prompts, as JSON'],
  ],
  formats: ['terminal', 'text', 'tsv', 'json'],
  options: [
    { flags: '--questions', description: 'list every question with its id, kind and tier, and ask nothing (the one use of --format tsv here)' },
    { flags: '--yes <ids>', description: 'answer without prompts: these ids (comma-separated) are "yes", the rest "no"' },
    { flags: '--answers <file>', description: 'answer without prompts from a JSON object {"id": true|false} in a file, or - for standard input' },
  ],
};

export const SOURCES: CommandSpec = {
  name: 'sources',
  args: '',
  summary: 'the article and references the guide is based on',
  description: 'Shows the article the guide is based on (title, publisher, author, date), each other reference and what it supports, and when the content was last reviewed.',
  examples: [
    ['backpain sources', 'who wrote what the guide says'],
    ['backpain sources --json', 'as JSON'],
  ],
  formats: ['terminal', 'text', 'markdown', 'tsv', 'json'],
};

export const COMPLETION: CommandSpec = {
  name: 'completion',
  args: '<shell>',
  summary: 'print a shell completion script (bash, zsh or fish)',
  description: 'Prints a script that completes commands, section ids, list kinds and options. It writes nothing itself: save it where your shell looks for completions.',
  examples: [
    ['backpain completion bash > ~/.local/share/bash-completion/completions/backpain', 'complete in bash, from the next shell on'],
    ['backpain completion zsh > ~/.zfunc/_backpain', 'in zsh, with fpath+=(~/.zfunc) before compinit in ~/.zshrc'],
    ['backpain completion fish > ~/.config/fish/completions/backpain.fish', 'in fish'],
  ],
  formats: [],
  output: false,
};

/** Every command, in help order. */
export const COMMANDS: readonly CommandSpec[] = [READ, SECTIONS, LIST, SEARCH, CHECK, SOURCES, COMPLETION];

/** The examples `backpain` and `backpain --help` lead with: the first of each command that prints data. */
export function topExamples(): [string, string][] {
  return COMMANDS.filter((c) => c.output !== false).flatMap((c) => c.examples.slice(0, 1));
}
