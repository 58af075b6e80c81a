/** The languages the tool is written in; the first is the one used when none is chosen. */
export const LANGS = ['en', 'es'] as const;
export type Lang = (typeof LANGS)[number];

export const DEFAULT_LANG: Lang = LANGS[0];

export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}

/**
 * The language of a locale or language tag: `es_MX.UTF-8`, `es-419` and `es` are all Spanish.
 * Undefined for one the tool does not have.
 */
export function langOf(tag: string): Lang | undefined {
  const code = /^([a-z]{2,3})(?:[_.@-]|$)/i.exec(tag.trim())?.[1]?.toLowerCase() ?? '';
  return isLang(code) ? code : undefined;
}

/** The C locale (and POSIX, its other name) means "no language chosen": gettext then ignores LANGUAGE. */
function isCLocale(value: string): boolean {
  return /^(C|POSIX)([._@].*)?$/.test(value);
}

type Env = Readonly<Record<string, string | undefined>>;

/**
 * The one place the language is decided: `--lang` (already checked), then BACKPAIN_LANG, then the
 * gettext order: LANGUAGE (a colon-separated list, the first language the tool has; ignored when
 * the locale is C or POSIX), LC_ALL, LC_MESSAGES, LANG. The first of those three that is set is
 * the locale; one the tool does not have means English, silently.
 */
export function decideLang(flag: Lang | undefined, env: Env): Lang {
  if (flag) return flag;
  const own = env.BACKPAIN_LANG ? langOf(env.BACKPAIN_LANG) : undefined;
  if (own) return own;
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '') ?? '';
  if (env.LANGUAGE && !isCLocale(locale)) {
    const listed = env.LANGUAGE.split(':').map(langOf).find((l) => l !== undefined);
    if (listed) return listed;
  }
  return langOf(locale) ?? DEFAULT_LANG;
}

/** The arguments before `--`: only they can be options. */
function optionPart(argv: readonly string[]): readonly string[] {
  const end = argv.indexOf('--');
  return end < 0 ? argv : argv.slice(0, end);
}

/** The value of `--lang` on a command line, as typed (`--lang es` or `--lang=es`), before it is checked. */
export function langFlag(argv: readonly string[]): string | undefined {
  const part = optionPart(argv);
  let value: string | undefined;
  part.forEach((arg, i) => {
    if (arg === '--lang') value = part[i + 1];
    else if (arg.startsWith('--lang=')) value = arg.slice('--lang='.length);
  });
  return value;
}

/** The global options a line may give before its command, and whether each takes a value. */
const LEADING = new Map([
  ['--lang', true],
  ['--color', false],
  ['--no-color', false],
]);

/** The words of a line that are not options or the value of `--lang`: the command, its arguments, a help topic. */
export function plainWords(argv: readonly string[]): string[] {
  const part = optionPart(argv);
  return part.filter((arg, i) => !(arg.length > 1 && arg.startsWith('-')) && part[i - 1] !== '--lang');
}

/**
 * The word a command line names its command with: the first word after any global options
 * (`backpain --lang es read` names `read`). Undefined when the line has none.
 */
export function commandWord(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg.startsWith('--lang=')) continue;
    const takes = LEADING.get(arg);
    if (takes === undefined) return arg.startsWith('-') ? undefined : arg;
    if (takes) i++;
  }
  return undefined;
}

/** The language of a command line: its `--lang` if the tool has that language, else as decideLang says. */
export function langOfLine(argv: readonly string[], env: Env): Lang {
  const flag = langFlag(argv);
  return decideLang(flag !== undefined && isLang(flag) ? flag : undefined, env);
}
