import type { Context, Io } from '../commands/context.js';
import type { DataSource } from '../data/types.js';
import { EXIT } from '../core/exit.js';
import { UsageError } from '../core/errors.js';
import { commandWord, flagValue, onlyGlobalOptions, optionPart, plainWords } from '../core/command-line.js';
import { LANGS, isLang, langOfLine, type Lang } from '../core/lang.js';
import { suggestion } from '../core/suggest.js';
import { visible } from '../core/visible.js';
import type { Messages } from '../messages/en.js';
import { forReaders } from '../render/accessible.js';
import { runtimeStyle } from '../render/style.js';
import { COMMANDS, COMMAND_NAMES, commandNamed } from '../commands/table.js';
import { deliver, ioForFlags } from './deliver.js';
import { fastParse, type Parsed } from './fast-parse.js';
import { decideOutput, decideWidth, parseWidth, READABLE_WIDTH } from './settings.js';

/** No argument the CLI takes is anywhere near this long: a longer one is refused before it is read. */
const ARGUMENT_LIMIT = 32 * 1024;

/** The CLI: runs `argv` (without node and script) and returns the exit code. */
export type Run = (argv: readonly string[], io: Io) => Promise<number>;

/** The package version, put in by the build (and by vitest for in-process runs). */
declare const BACKPAIN_VERSION: string;

/** Help is printed before options are checked, so a valid `--width` is looked for here. */
function helpWidth(argv: readonly string[], io: Io): number {
  const at = argv.findIndex((arg) => arg === '--width' || arg.startsWith('--width='));
  const flag = argv[at];
  const value = flag?.startsWith('--width=') ? flag.slice('--width='.length) : argv[at + 1];
  let width: number | undefined;
  try {
    width = at < 0 || value === undefined ? undefined : parseWidth(value);
  } catch {
    width = undefined;
  }
  return Math.min(READABLE_WIDTH, decideWidth(width, io.env, io.stdout));
}

/**
 * Help, answered before any parsing, as the command table and catalog describe it: `-h` or
 * `--help` anywhere before `--`, `help [topic]`, or nothing at all. Undefined for any other line.
 */
async function helpFor(argv: readonly string[], io: Io, catalog: () => Messages): Promise<string | undefined> {
  // Most lines start with their command and ask no help: said at a glance, without reading the line.
  if (/^[a-z]/.test(argv[0] ?? '') && argv[0] !== 'help' && !argv.includes('-h') && !argv.includes('--help')) return undefined;
  const part = optionPart(argv);
  const words = plainWords(argv);
  const asked = part.includes('-h') || part.includes('--help');
  // Nothing but global options (`backpain --lang es`) is `backpain` alone, in that language or colour.
  const bare = onlyGlobalOptions(argv);
  if (!bare && !asked && words[0] !== 'help') return undefined;
  const m = catalog();
  const help = await import('./help.js');
  const width = helpWidth(argv, io);
  if (bare && !asked) return help.shortHelp(m, BACKPAIN_VERSION, width);
  const topic = words[0] === 'help' ? words[1] : words[0];
  if (topic === undefined) return help.fullHelp(m, width);
  if (topic === 'help') return help.helpHelp(m, width);
  const entry = commandNamed(topic);
  if (!entry) {
    const close = suggestion(topic, COMMAND_NAMES);
    throw new UsageError(words[0] === 'help' ? 'noHelpFor' : 'unknownCommand', { name: visible(topic), ...close }, close.suggestion ? { key: 'seeHelp' } : { key: 'commands', vars: { values: COMMAND_NAMES.join(', ') } });
  }
  return help.commandHelp(entry, m, width);
}

/** A line with options but no command at all (`backpain --json`). */
function noCommand(argv: readonly string[]): boolean {
  return plainWords(argv).length === 0 && !argv.includes('--');
}

async function parse(argv: readonly string[]): Promise<Parsed> {
  const fast = fastParse(argv, COMMANDS);
  if (fast) return fast;
  if (noCommand(argv)) throw new UsageError('noCommand', {}, { key: 'tryRead' });
  return (await import('./commander-parse.js')).parseWithCommander(argv, COMMANDS);
}

/**
 * The CLI over `source`. A plain command line is read by fastParse; anything else loads commander
 * (see fast-parse.ts for why). The language and the output settings are decided here, once,
 * before the command's handler runs; then its outcome is delivered.
 */
export function createRun(source: DataSource): Run {
  return async (argv, io) => {
    if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
      io.stdout.write(`${BACKPAIN_VERSION}\n`);
      return EXIT.ok;
    }
    const lang: Lang = langOfLine(argv, io.env);
    const words = (): Messages => source.data(lang).messages;
    let ran: string | undefined;
    try {
      const long = argv.findIndex((arg) => Buffer.byteLength(arg) >= ARGUMENT_LIMIT);
      if (long >= 0) throw new UsageError('argumentTooLong', { position: long + 1, size: Math.round(Buffer.byteLength(argv[long] ?? '') / 1024), limit: ARGUMENT_LIMIT / 1024 });
      const asked = flagValue(argv, 'lang');
      if (asked !== undefined && !isLang(asked)) throw new UsageError('unknownLang', { name: visible(asked), ...suggestion(asked, LANGS) }, { key: 'langs', vars: { values: LANGS.join(', ') } });
      const help = await helpFor(argv, io, words);
      if (help !== undefined) {
        io.stdout.write(help);
        return EXIT.ok;
      }
      const { name, args, flags } = await parse(argv);
      const entry = commandNamed(name);
      if (!entry) throw new Error(`no command '${name}'`);
      ran = name;
      const handler = await entry.load();
      const target = ioForFlags(io, flags);
      const out = decideOutput(entry, flags, io.env, target.stdout);
      const { guide, messages, terminal } = source.data(lang);
      const ctx: Context = {
        guide,
        messages,
        terminal,
        html: () => source.html(lang),
        searchable: () => source.searchable(lang),
        lang,
        io: target,
        flags,
        out,
        style: await runtimeStyle(out.color),
      };
      const made = await handler(ctx, args);
      // JSON is data and HTML has its own markup; every text format is made plain for readers.
      const outcome = out.accessible && out.format !== 'json' && out.format !== 'html' ? { ...made, stdout: forReaders(made.stdout), ...(made.stderr ? { stderr: forReaders(made.stderr) } : {}) } : made;
      await deliver(outcome, flags, io, words, out.accessible);
      return outcome.code;
    } catch (error) {
      // A line that fails before its command runs still names it, for the help to point to.
      // Loaded only now: a run without an error never compiles the words of errors.
      const { reportError } = await import('./errors.js');
      const named = commandWord(argv);
      return reportError(error, ran ?? (named !== undefined && (COMMAND_NAMES as readonly string[]).includes(named) ? named : undefined), io, words());
    }
  };
}
