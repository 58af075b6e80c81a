import { UsageError } from '../core/errors.js';
import { didYouMean } from '../core/suggest.js';
import { visible } from '../core/visible.js';
import { COMMANDS, GLOBAL_OPTIONS, OUTPUT_OPTIONS, SHELLS, type CommandSpec } from './spec.js';

export type Shell = (typeof SHELLS)[number];

/** What completes the first argument of a command: section ids, list kinds, shells, commands. */
export interface CompletionWords {
  sections: readonly string[];
  lists: readonly string[];
}

/** One option as the shells need it: its names, and what its value completes to. */
interface OptionWord {
  long: string;
  short: string | undefined;
  /** `format`: the command's formats; `file`: file names; `other`: nothing to offer; none: a switch. */
  value: 'format' | 'file' | 'other' | undefined;
  description: string;
}

function parseOption({ flags, description }: { flags: string; description: string }): OptionWord {
  const match = /^(?:-(\w), )?--([\w-]+)(?: <(\w+)>)?$/.exec(flags);
  // The specs are ours: a shape this cannot read is a bug to catch in the tests, not to guess at.
  if (!match) throw new Error(`cannot complete option '${flags}'`);
  const [, short, long = '', value] = match;
  return { long, short, value: value === undefined ? undefined : value === 'format' || value === 'file' ? value : 'other', description };
}

/** The global options, offered before a command; -V makes sense only there. */
const GLOBAL = GLOBAL_OPTIONS.map(parseOption);

function optionsOf(spec: CommandSpec): OptionWord[] {
  const own = [...(spec.output === false ? [] : OUTPUT_OPTIONS), ...(spec.options ?? [])].map(parseOption);
  return [...own, ...GLOBAL.filter((o) => o.long !== 'version')];
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

function argumentsOf(spec: CommandSpec, words: CompletionWords): readonly string[] {
  switch (spec.name) {
    case 'read':
      return words.sections;
    case 'list':
      return words.lists;
    case 'completion':
      return SHELLS;
    default:
      return [];
  }
}

export function parseShell(input: string): Shell {
  const shell = SHELLS.find((s) => s === input.trim().toLowerCase());
  if (shell) return shell;
  throw new UsageError(`no completion for shell '${visible(input)}'.${didYouMean(input, SHELLS)}`, `Shells: ${SHELLS.join(', ')}.`);
}

const HELP = { name: 'help', summary: 'show help for a command' };
const names = (): string[] => [...COMMANDS.map((c) => c.name), HELP.name];

/** Shell case patterns for the options of `spec` whose value is a format, a file, or anything else. */
function valueCases(spec: CommandSpec): { formats: string; files: string; other: string } {
  const options = optionsOf(spec);
  return { formats: namesTaking(options, 'format').join('|'), files: namesTaking(options, 'file').join('|'), other: namesTaking(options, 'other').join('|') };
}

function bash(words: CompletionWords): string {
  const reply = (list: readonly string[]): string => `COMPREPLY=($(compgen -W "${list.join(' ')}" -- "$cur"))`;
  const cases = COMMANDS.map((spec) => {
    const { formats, files, other } = valueCases(spec);
    const values = [
      ...(formats ? [`        ${formats}) ${reply(spec.formats)}; return ;;`] : []),
      ...(files ? [`        ${files}) COMPREPLY=($(compgen -f -- "$cur")); return ;;`] : []),
      ...(other ? [`        ${other}) return ;;`] : []),
    ];
    return [
      `    ${spec.name})`,
      ...(values.length ? ['      case "$prev" in', ...values, '      esac'] : []),
      `      if [[ "$cur" == -* ]]; then ${reply(longNames(optionsOf(spec)))}; return; fi`,
      `      ${argumentsOf(spec, words).length ? reply(argumentsOf(spec, words)) : 'COMPREPLY=()'} ;;`,
    ].join('\n');
  });
  // The command is the first word that is not an option: global options may come before it.
  return `# bash completion for backpain. Save as ~/.local/share/bash-completion/completions/backpain
_backpain() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}" cmd="" i
  for (( i = 1; i < COMP_CWORD; i++ )); do
    if [[ "\${COMP_WORDS[i]}" != -* ]]; then cmd="\${COMP_WORDS[i]}"; break; fi
  done
  case "$cmd" in
    "")
      if [[ "$cur" == -* ]]; then ${reply(longNames(GLOBAL))}; return; fi
      ${reply(names())} ;;
${cases.join('\n')}
    ${HELP.name}) ${reply(names())} ;;
  esac
}
complete -F _backpain backpain
`;
}

function zsh(words: CompletionWords): string {
  const q = (text: string): string => quoted(text, 'zsh');
  // _describe takes "word:description"; a colon in the word itself must be escaped.
  const described = (items: readonly { word: string; description: string }[]): string =>
    `(${items.map((i) => q(`${i.word.replace(/:/g, '\\:')}:${i.description}`)).join(' ')})`;
  const optionItems = (options: readonly OptionWord[]): string => described(options.map((o) => ({ word: `--${o.long}`, description: o.description })));
  const cases = COMMANDS.map((spec) => {
    const { formats, files, other } = valueCases(spec);
    const values = [
      ...(formats ? [`        ${formats}) compadd -- ${spec.formats.join(' ')}; return ;;`] : []),
      ...(files ? [`        ${files}) _files; return ;;`] : []),
      ...(other ? [`        ${other}) _message value; return ;;`] : []),
    ];
    const args = argumentsOf(spec, words);
    return [
      `    ${spec.name})`,
      ...(values.length ? ['      case $words[CURRENT-1] in', ...values, '      esac'] : []),
      `      if [[ $PREFIX == -* ]]; then opts=${optionItems(optionsOf(spec))}; _describe option opts; return; fi`,
      `      ${args.length ? `compadd -- ${args.join(' ')}` : ':'} ;;`,
    ].join('\n');
  });
  const commands = described([...COMMANDS, HELP].map((c) => ({ word: c.name, description: c.summary })));
  // Written for compinit rather than through bashcompinit: an autoloaded bash-style file
  // completes nothing on the first Tab. The last lines make both loading ways work: autoloaded
  // from fpath, the file's body runs as _backpain and completes; sourced, it registers itself.
  return `#compdef backpain
# zsh completion for backpain. Save as _backpain in a folder on your fpath (before compinit runs),
# or add to ~/.zshrc after compinit: source <(backpain completion zsh)
_backpain() {
  local cmd i
  local -a opts commands
  for (( i = 2; i < CURRENT; i++ )); do
    if [[ $words[i] != -* ]]; then cmd=$words[i]; break; fi
  done
  case $cmd in
    "")
      if [[ $PREFIX == -* ]]; then opts=${optionItems(GLOBAL)}; _describe option opts; return; fi
      commands=${commands}
      _describe command commands ;;
${cases.join('\n')}
    ${HELP.name}) compadd -- ${names().join(' ')} ;;
  esac
}
if [[ $funcstack[1] == _backpain ]]; then _backpain "$@"; else compdef _backpain backpain; fi
`;
}

function fish(words: CompletionWords): string {
  const q = (text: string): string => quoted(text, 'fish');
  const option = (o: OptionWord): string => {
    const value = o.value === 'format' ? '' : o.value === 'file' ? ' -r -F' : o.value === 'other' ? ' -x' : '';
    return `${o.short ? `-s ${o.short} ` : ''}-l ${o.long}${value} -d ${q(o.description)}`;
  };
  const lines = [
    '# fish completion for backpain. Save as ~/.config/fish/completions/backpain.fish',
    'complete -c backpain -f',
    ...[...COMMANDS, HELP].map((c) => `complete -c backpain -n __fish_use_subcommand -a ${c.name} -d ${q(c.summary)}`),
    ...GLOBAL.map((o) => `complete -c backpain -n __fish_use_subcommand ${option(o)}`),
    `complete -c backpain -n '__fish_seen_subcommand_from ${HELP.name}' -a ${q(names().join(' '))}`,
    ...COMMANDS.flatMap((spec) => {
      const when = `-n '__fish_seen_subcommand_from ${spec.name}'`;
      const args = argumentsOf(spec, words);
      return [
        ...(args.length ? [`complete -c backpain ${when} -a ${q(args.join(' '))}`] : []),
        ...optionsOf(spec).map((o) =>
          o.value === 'format' ? `complete -c backpain ${when} ${option(o)} -x -a ${q(spec.formats.join(' '))}` : `complete -c backpain ${when} ${option(o)}`,
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
