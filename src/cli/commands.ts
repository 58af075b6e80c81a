// The commands: one entry each, in a file of its own under table/. Everything about a command
// comes from its entry (and its words, from the message catalog under its name): fastParse and
// commander read its arguments and options, help and the man page describe it, completion
// completes it, `run` decides its output from its formats, bin/backpain.js picks its file, and
// the build gives it a file of its own with that entry and whose only handler is the one its
// `load` names (scripts/build/bundles.mjs). Adding a command is adding an entry, its line below
// and its handler; tests/cli/command-table.test.ts holds every derived place to this table.
import type { Handler } from '../commands/context.js';
import type { CommandSpec } from '../core/spec.js';
import type { Messages } from '../messages/en.js';
import { read } from './table/read.js';
import { sections } from './table/sections.js';
import { list } from './table/list.js';
import { search } from './table/search.js';
import { check } from './table/check.js';
import { sources } from './table/sources.js';
import { handout } from './table/handout.js';
import { completion } from './table/completion.js';

/** A command's name is a key of the catalog's `commands`, so a command without its words fails the type check. */
export type CommandName = keyof Messages['commands'];

export interface CommandEntry extends CommandSpec {
  name: CommandName;
  /** The handler, loaded when the command runs. */
  load: () => Promise<Handler>;
}

export const COMMANDS: readonly CommandEntry[] = [read, sections, list, search, check, sources, handout, completion];

export const COMMAND_NAMES: readonly CommandName[] = COMMANDS.map((c) => c.name);

export function commandNamed(name: string | undefined): CommandEntry | undefined {
  return COMMANDS.find((c) => c.name === name);
}

/** The examples `backpain` and `backpain --help` lead with: the first of each command that prints data. */
export function topExamples(): { command: string; index: number; line: string }[] {
  return COMMANDS.filter((c) => c.formats.length > 0).map((c) => ({ command: c.name, index: 0, line: c.examples[0] ?? '' }));
}
