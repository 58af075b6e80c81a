// The CLI with every command: what `main` loads for a line that does not start with a command
// (`backpain`, `--help`, `help list`, a typo, an option first) and what the in-process tests
// drive. Each command's module loads, and runs its top-level code, only when that command runs.
import { createRun, helpWidth, type Run } from './run.js';
import { shortHelp } from './short-help.js';
import { CHECK, COMPLETION, LIST, READ, SEARCH, SECTIONS, SOURCES } from './spec.js';

const runCommands = createRun([
  { spec: READ, handler: async (ctx, args) => (await import('../commands/read.js')).readCommand(ctx, args) },
  { spec: SECTIONS, handler: async (ctx) => (await import('../commands/sections.js')).sectionsCommand(ctx) },
  { spec: LIST, handler: async (ctx, args) => (await import('../commands/list.js')).listCommand(ctx, args) },
  { spec: SEARCH, handler: async (ctx, args) => (await import('../commands/search.js')).searchCommand(ctx, args) },
  { spec: CHECK, handler: async (ctx) => (await import('../commands/check.js')).checkCommand(ctx) },
  { spec: SOURCES, handler: async (ctx) => (await import('../commands/sources.js')).sourcesCommand(ctx) },
  { spec: COMPLETION, handler: async (ctx, args) => (await import('../commands/completion.js')).completionCommand(ctx, args) },
]);

/** Runs the CLI for `argv` (without node and script) and returns the exit code; no arguments print short help. */
export const run: Run = async (argv, io) => {
  if (argv.length > 0) return runCommands(argv, io);
  io.stdout.write(shortHelp(helpWidth(argv, io)));
  return 0;
};

export { nodeIo } from './node-io.js';
