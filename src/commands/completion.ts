import { LIST_KINDS } from '../content/list-kinds.js';
import { LANGS } from '../core/lang.js';
import { UsageError } from '../core/errors.js';
import { GLOBAL_OPTIONS, SHELLS, isEverywhere, longName, optionsOf as readOptions, type CommandSpec, type OptionSpec, type Shell } from '../core/spec.js';
import { suggestion } from '../core/suggest.js';
import { visible } from '../core/visible.js';
import type { Messages } from '../messages/en.js';
import { ok, type Context, type Outcome } from './context.js';
import { COMMANDS, COMMAND_NAMES, type CommandEntry } from './table.js';

/** What completes the first argument of a command: section ids, list kinds, shells, commands. */
interface CompletionWords {
  sections: readonly string[];
  messages: Messages;
}

/** One option as the shells need it: its names, and what its value completes to. */
interface OptionWord {
  long: string;
  short: string | undefined;
  /** `format`: the command's formats; `file`: file names; `code`: the languages; `other`: nothing to offer; none: a switch. */
  value: 'format' | 'file' | 'code' | 'other' | undefined;
  description: string;
}

function parseOption(option: OptionSpec, m: Messages): OptionWord {
  const match = /^(?:-(\w), )?--([\w-]+)(?: <(\w+)>)?$/.exec(option.flags);
  // The specs are ours: a shape this cannot read is a bug to catch in the tests, not to guess at.
  if (!match) throw new Error(`cannot complete option '${option.flags}'`);
  const [, short, long = '', value] = match;
  const description = m.options[longName(option) as keyof Messages['options']] ?? '';
  return { long, short, value: value === undefined ? undefined : value === 'format' || value === 'file' || value === 'code' ? value : 'other', description };
}

/** The global options, offered before a command; -V makes sense only there. */
function globalWords(m: Messages): OptionWord[] {
  return GLOBAL_OPTIONS.map((o) => parseOption(o, m));
}

function optionsOf(spec: CommandSpec, m: Messages): OptionWord[] {
  const own = readOptions(spec).filter((o) => !isEverywhere(o)).map((o) => parseOption(o, m));
  return [...own, ...globalWords(m).filter((o) => o.long !== 'version')];
}

/** Every format a command has, in any of its modes. */
function formatsOf(spec: CommandSpec): string[] {
  return [...new Set([...spec.formats, ...(spec.modes ?? []).flatMap((mode) => mode.formats)])];
}

const longNames = (options: readonly OptionWord[]): string[] => options.map((o) => `--${o.long}`);

/** Every way to write the options whose value is of `kind`, as a shell case pattern. */
function namesTaking(options: readonly OptionWord[], kind: OptionWord['value']): string[] {
  return options.filter((o) => o.value === kind).flatMap((o) => [...(o.short ? [`-${o.short}`] : []), `--${o.long}`]);
}

/** A single-quoted word: bash and zsh close the quotes around an apostrophe, fish escapes it. */
function quoted(text: string, shell: Shell): string {
  return shell === 'fish' ? `'${text.replace(/[\\']/g, '\\$&')}'` : `'${text.replace(/'/g, `'\\''`)}'`;
}

/** What the first argument of a command completes to, from its entry's completer. */
function argumentsOf(spec: CommandEntry, words: Pick<CompletionWords, 'sections'>): readonly string[] {
  switch (spec.complete) {
    case 'sections':
      return words.sections;
    case 'lists':
      return LIST_KINDS;
    case 'shells':
      return SHELLS;
    case 'commands':
      return names();
    default:
      return [];
  }
}

function parseShell(input: string): Shell {
  const shell = SHELLS.find((s) => s === input.trim().toLowerCase());
  if (shell) return shell;
  throw new UsageError('unknownShell', { name: visible(input), ...suggestion(input, SHELLS) }, { key: 'shells', vars: { values: SHELLS.join(', ') } });
}

const HELP = 'help';
const names = (): string[] => [...COMMAND_NAMES, HELP];
const summary = (name: string, m: Messages): string => (name === HELP ? m.completion.helpSummary : (m.commands[name as CommandEntry['name']]?.summary ?? ''));

/** Shell case patterns for the options of `spec` whose value is a format, a file, a language, or anything else. */
function valueCases(spec: CommandSpec, m: Messages): { formats: string; files: string; codes: string; other: string } {
  const options = optionsOf(spec, m);
  return { formats: namesTaking(options, 'format').join('|'), files: namesTaking(options, 'file').join('|'), codes: namesTaking(options, 'code').join('|'), other: namesTaking(options, 'other').join('|') };
}

/** The global options that take a value (`--lang es`): their value is not the command. */
const globalValueNames = (m: Messages): string => globalWords(m).filter((o) => o.value !== undefined).flatMap((o) => [...(o.short ? [`-${o.short}`] : []), `--${o.long}`]).join('|');

function bash(words: CompletionWords): string {
  const m = words.messages;
  // mapfile, not COMPREPLY=($(...)): a file name with a space stays one word (shellcheck SC2207).
  const reply = (list: readonly string[]): string => `mapfile -t COMPREPLY < <(compgen -W "${list.join(' ')}" -- "$cur")`;
  const cases = COMMANDS.map((spec) => {
    const { formats, files, codes, other } = valueCases(spec, m);
    const values = [
      ...(formats ? [`        ${formats}) ${reply(formatsOf(spec))}; return ;;`] : []),
      ...(files ? [`        ${files}) mapfile -t COMPREPLY < <(compgen -f -- "$cur"); return ;;`] : []),
      ...(codes ? [`        ${codes}) ${reply(LANGS)}; return ;;`] : []),
      ...(other ? [`        ${other}) return ;;`] : []),
    ];
    return [
      `    ${spec.name})`,
      ...(values.length ? ['      case "$prev" in', ...values, '      esac'] : []),
      `      if [[ "$cur" == -* ]]; then ${reply(longNames(optionsOf(spec, m)))}; return; fi`,
      `      ${argumentsOf(spec, words).length ? reply(argumentsOf(spec, words)) : 'COMPREPLY=()'} ;;`,
    ].join('\n');
  });
  // The command is the first word that is not an option or an option's value: global options
  // (--lang es) may come before it.
  const globalValues = globalValueNames(m);
  return `# bash completion for backpain. Save as ~/.local/share/bash-completion/completions/backpain
# (mkdir -p ~/.local/share/bash-completion/completions first)
_backpain() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}" cmd="" i
  for (( i = 1; i < COMP_CWORD; i++ )); do
    case "\${COMP_WORDS[i]}" in
      ${globalValues}) (( i++ )) ;;
      -*) ;;
      *) cmd="\${COMP_WORDS[i]}"; break ;;
    esac
  done
  case "$cmd" in
    "")
      case "$prev" in
        ${globalValues}) ${reply(LANGS)}; return ;;
      esac
      if [[ "$cur" == -* ]]; then ${reply(longNames(globalWords(m)))}; return; fi
      ${reply(names())} ;;
${cases.join('\n')}
    ${HELP}) ${reply(names())} ;;
  esac
}
complete -F _backpain backpain
`;
}

function zsh(words: CompletionWords): string {
  const m = words.messages;
  const q = (text: string): string => quoted(text, 'zsh');
  // _describe takes "word:description"; a colon in the word itself must be escaped.
  const described = (items: readonly { word: string; description: string }[]): string =>
    `(${items.map((i) => q(`${i.word.replace(/:/g, '\\:')}:${i.description}`)).join(' ')})`;
  const optionItems = (options: readonly OptionWord[]): string => described(options.map((o) => ({ word: `--${o.long}`, description: o.description })));
  const cases = COMMANDS.map((spec) => {
    const { formats, files, codes, other } = valueCases(spec, m);
    const values = [
      ...(formats ? [`        ${formats}) compadd -- ${formatsOf(spec).join(' ')}; return ;;`] : []),
      ...(files ? [`        ${files}) _files; return ;;`] : []),
      ...(codes ? [`        ${codes}) compadd -- ${LANGS.join(' ')}; return ;;`] : []),
      ...(other ? [`        ${other}) _message value; return ;;`] : []),
    ];
    const args = argumentsOf(spec, words);
    return [
      `    ${spec.name})`,
      ...(values.length ? ['      case $words[CURRENT-1] in', ...values, '      esac'] : []),
      `      if [[ $PREFIX == -* ]]; then opts=${optionItems(optionsOf(spec, m))}; _describe option opts; return; fi`,
      `      ${args.length ? `compadd -- ${args.join(' ')}` : ':'} ;;`,
    ].join('\n');
  });
  const commands = described(names().map((name) => ({ word: name, description: summary(name, m) })));
  // Written for compinit rather than through bashcompinit: an autoloaded bash-style file
  // completes nothing on the first Tab. The last lines make both loading ways work: autoloaded
  // from fpath, the file's body runs as _backpain and completes; sourced, it registers itself.
  const globalValues = globalValueNames(m);
  return `#compdef backpain
# zsh completion for backpain. Save as _backpain in a folder on your fpath (before compinit runs),
# or add to ~/.zshrc after compinit: source <(backpain completion zsh)
_backpain() {
  local cmd i
  local -a opts commands
  for (( i = 2; i < CURRENT; i++ )); do
    case $words[i] in
      ${globalValues}) (( i++ )) ;;
      -*) ;;
      *) cmd=$words[i]; break ;;
    esac
  done
  case $cmd in
    "")
      case $words[CURRENT-1] in
        ${globalValues}) compadd -- ${LANGS.join(' ')}; return ;;
      esac
      if [[ $PREFIX == -* ]]; then opts=${optionItems(globalWords(m))}; _describe option opts; return; fi
      commands=${commands}
      _describe command commands ;;
${cases.join('\n')}
    ${HELP}) compadd -- ${names().join(' ')} ;;
  esac
}
if [[ $funcstack[1] == _backpain ]]; then _backpain "$@"; else compdef _backpain backpain; fi
`;
}

function fish(words: CompletionWords): string {
  const m = words.messages;
  const q = (text: string): string => quoted(text, 'fish');
  const option = (o: OptionWord): string => {
    const value = o.value === 'format' ? '' : o.value === 'file' ? ' -r -F' : o.value === 'code' ? ` -x -a ${q(LANGS.join(' '))}` : o.value === 'other' ? ' -x' : '';
    return `${o.short ? `-s ${o.short} ` : ''}-l ${o.long}${value} -d ${q(o.description)}`;
  };
  const globalValues = globalWords(m).filter((o) => o.value !== undefined).map((o) => `--${o.long}`);
  // The command is the first word that is not an option or a global option's value (--lang es):
  // fish's own __fish_use_subcommand would take "es" for the command.
  const lines = [
    '# fish completion for backpain. Save as ~/.config/fish/completions/backpain.fish',
    '# (mkdir -p ~/.config/fish/completions first)',
    'function __backpain_command',
    '    set -l skip 0',
    '    for word in (commandline -opc)[2..-1]',
    '        if test $skip = 1',
    '            set skip 0',
    '            continue',
    '        end',
    '        switch $word',
    `            case ${globalValues.join(' ')}`,
    '                set skip 1',
    "            case '-*'",
    "            case '*'",
    '                echo $word',
    '                return',
    '        end',
    '    end',
    'end',
    'complete -c backpain -f',
    ...names().map((name) => `complete -c backpain -n 'test -z "$(__backpain_command)"' -a ${name} -d ${q(summary(name, m))}`),
    ...globalWords(m).map((o) => `complete -c backpain -n 'test -z "$(__backpain_command)"' ${option(o)}`),
    `complete -c backpain -n 'test "$(__backpain_command)" = ${HELP}' -a ${q(names().join(' '))}`,
    ...COMMANDS.flatMap((spec) => {
      const when = `-n 'test "$(__backpain_command)" = ${spec.name}'`;
      const args = argumentsOf(spec, words);
      return [
        ...(args.length ? [`complete -c backpain ${when} -a ${q(args.join(' '))}`] : []),
        ...optionsOf(spec, m).map((o) =>
          o.value === 'format' ? `complete -c backpain ${when} ${option(o)} -x -a ${q(formatsOf(spec).join(' '))}` : `complete -c backpain ${when} ${option(o)}`,
        ),
      ];
    }),
  ];
  return `${lines.join('\n')}\n`;
}

/** The completion script for a shell; it only prints, it never edits a shell's files. */
export function completionScript(shell: Shell, words: CompletionWords): string {
  return { bash, zsh, fish }[shell](words);
}

export function completionCommand(ctx: Context, [shell = '']: readonly string[]): Outcome {
  return ok(completionScript(parseShell(shell), { sections: ctx.guide.sections.map((s) => s.id), messages: ctx.messages }));
}
