import type { CommanderError } from 'commander';
import { LIST_KINDS } from '../content/types.js';
import { didYouMean } from '../core/suggest.js';
import { showControls, visible } from '../core/visible.js';
import { EXIT_USAGE, helpFor } from './errors.js';
import type { Io } from './io.js';
import { errorLine } from './message.js';
import { COMMANDS, SHELLS, type CommandSpec } from './spec.js';

const COMMAND_NAMES = COMMANDS.map((c) => c.name);

/** The help of the command the user was running: the first word of the line that names one. */
function helpHint(argv: readonly string[]): string {
  return helpFor(argv.find((arg) => COMMAND_NAMES.includes(arg)));
}

/** The parts of argv commander may quote back: whole arguments, and the value of `--option=value`. */
function typedPieces(argv: readonly string[]): string[] {
  const pieces = argv.flatMap((arg) => {
    const at = arg.indexOf('=');
    return arg.startsWith('--') && at > 0 ? [arg, arg.slice(at + 1)] : [arg];
  });
  // Only pieces that need changing, longest first so a piece inside a longer one waits its turn.
  return [...new Set(pieces)].filter((p) => p !== '' && visible(p) !== p).sort((a, b) => b.length - a.length);
}

function sentence(text: string): string {
  return /[.?!]$/.test(text) ? text : `${text}.`;
}

/**
 * Commander's words, made one sentence on one line. What the user typed is shortened and made
 * safe where commander quotes it; any control character left over (commander also echoes parts
 * of a word, such as `-x` of `-xy`, and a quote in the input can pair up wrongly) is escaped
 * wherever it is, so no pairing of quotes decides what reaches the terminal.
 */
function commanderMessage(error: CommanderError, argv: readonly string[]): string {
  const pieces = typedPieces(argv);
  const pattern = new RegExp(pieces.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
  const echoed = pieces.length === 0 ? error.message : error.message.replace(pattern, (piece) => visible(piece));
  const text = showControls(
    echoed
      .replace(/^error:\s*/, '')
      .replace(/\s*\(Did you mean ([^)]+)\?\)/, (_, name: string) => `. Did you mean '${name}'?`)
      .replace(/\s*\n\s*/g, ' ')
      .replace(/ argument missing$/, ' needs a value'),
  );
  const right = whatWouldBeRight(error.code, text, argv);
  return `${sentence(text)}${right ? ` ${right}` : ''}`;
}

/** What a command's missing argument could be. */
const ARGUMENT_VALUES: Readonly<Record<string, string>> = {
  list: `Lists: ${LIST_KINDS.join(', ')}.`,
  completion: `Shells: ${SHELLS.join(', ')}.`,
  search: 'For example: backpain search sitting.',
};

/** What an option's missing value could be. */
function optionValues(option: string, spec: CommandSpec): string {
  if (option === '--format') return `Formats: ${spec.formats.join(', ')}.`;
  if (option === '--width') return 'For example: --width 60 (20 to 300).';
  if (option === '--yes') return 'For example: --yes age,one-leg-pain.';
  if (option === '--answers') return 'Give a JSON file, or - for standard input.';
  if (option === '--output') return 'Give a file name, such as handout.html.';
  return '';
}

/**
 * Commander says what was wrong; this adds what would be right, where commander does not: the
 * commands when none is close, the values a missing argument or option value could take, and
 * where an option belongs when it came before its command.
 */
function whatWouldBeRight(code: string, text: string, argv: readonly string[]): string {
  if (code === 'commander.unknownCommand') return text.includes('Did you mean') ? '' : `Commands: ${COMMAND_NAMES.join(', ')}.`;
  const at = argv.findIndex((arg) => COMMAND_NAMES.includes(arg));
  const spec = COMMANDS.find((c) => c.name === argv[at]);
  if (!spec) return '';
  if (code === 'commander.missingArgument') return ARGUMENT_VALUES[spec.name] ?? '';
  if (code === 'commander.optionMissingArgument') return optionValues(/'(?:-\w, )?(--[\w-]+)/.exec(text)?.[1] ?? '', spec);
  if (code === 'commander.unknownOption') {
    const early = argv.slice(0, at).find((arg) => arg.startsWith('-') && text.includes(`'${visible(arg)}'`));
    return early ? `Options go after the command: 'backpain ${spec.name} ${visible(early)}'.` : '';
  }
  return '';
}

/**
 * Commander asks for help with an error in two cases: `help <name>` for a name that is no
 * command, and options with no command at all (`backpain --no-color`). Its own text would be
 * the whole help on stderr; one line says more.
 */
function missingCommand(argv: readonly string[]): { message: string; hint: string } {
  const at = argv.indexOf('help');
  const topic = at < 0 ? undefined : argv[at + 1];
  if (topic === undefined) return { message: 'no command given.', hint: "Try 'backpain read', or see the commands with 'backpain --help'." };
  return {
    message: `there is no help for '${visible(topic)}'.${didYouMean(topic, COMMAND_NAMES) || ` Commands: ${COMMAND_NAMES.join(', ')}.`}`,
    hint: "See 'backpain --help'.",
  };
}

/** A commander error (or its help and version exits) as one line on stderr and an exit code. */
export function reportCommanderError(error: CommanderError, argv: readonly string[], io: Io): number {
  if (error.exitCode === 0) return 0;
  if (error.code === 'commander.help') {
    const { message, hint } = missingCommand(argv);
    io.stderr.write(errorLine(message, hint));
  } else {
    io.stderr.write(errorLine(commanderMessage(error, argv), helpHint(argv)));
  }
  return EXIT_USAGE;
}
