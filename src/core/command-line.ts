// The shape of a command line, read before any parsing: where options end, the value of a flag,
// which word names the command. run.ts reads it to answer help, choose the language and name the
// command an error belongs to; the parsers agree with it.
import { EVERYWHERE_OPTIONS, longName, takesValue } from './spec.js';

/** The arguments before `--`: only they can be options. */
export function optionPart(argv: readonly string[]): readonly string[] {
  const end = argv.indexOf('--');
  return end < 0 ? argv : argv.slice(0, end);
}

const looksLikeOption = (arg: string): boolean => arg.length > 1 && arg.startsWith('-');

/** The global options a line may give anywhere, by flag, and whether each takes a value. */
const EVERYWHERE = new Map(EVERYWHERE_OPTIONS.map((o) => [`--${longName(o)}`, takesValue(o)]));

/** The value of a flag on a command line, as typed (`--lang es` or `--lang=es`), the last one given. */
export function flagValue(argv: readonly string[], name: string): string | undefined {
  const part = optionPart(argv);
  let value: string | undefined;
  part.forEach((arg, i) => {
    if (arg === `--${name}`) value = part[i + 1];
    else if (arg.startsWith(`--${name}=`)) value = arg.slice(name.length + 3);
  });
  return value;
}

/** Whether argv[i] is a global option, or the value of one. */
export function isGlobalArg(argv: readonly string[], i: number): boolean {
  const arg = argv[i] ?? '';
  const before = argv[i - 1] ?? '';
  return EVERYWHERE.has(arg.split('=')[0] ?? '') || EVERYWHERE.get(before) === true;
}

/** The words of a line that are not options or the values of global ones: the command, its arguments, a help topic. */
export function plainWords(argv: readonly string[]): string[] {
  const part = optionPart(argv);
  return part.filter((arg, i) => !looksLikeOption(arg) && !isGlobalArg(part, i));
}

/**
 * The word a command line names its command with: the first word after any global options
 * (`backpain --lang es read` names `read`). Undefined when the line has none.
 */
export function commandWord(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (!isGlobalArg(argv, i)) return looksLikeOption(arg) ? undefined : arg;
  }
  return undefined;
}

/** A line of nothing but global options (`backpain --lang es`): `backpain` alone, in that language. */
export function onlyGlobalOptions(argv: readonly string[]): boolean {
  return !argv.includes('--') && argv.every((_, i) => isGlobalArg(argv, i));
}
