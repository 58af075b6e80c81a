import { UsageError } from '../core/errors.js';
import { closest } from '../core/suggest.js';
import { visible } from '../core/visible.js';
import { COMMANDS, OUTPUT_OPTIONS, SHELLS, type CommandSpec } from './spec.js';

export type Shell = (typeof SHELLS)[number];

/** What completes the first argument of a command: section ids, list kinds, shells, commands. */
export interface CompletionWords {
  sections: readonly string[];
  lists: readonly string[];
}

const GLOBAL = ['--help', '--version', '--color', '--no-color'];

function longFlags(flags: string): string[] {
  return flags.split(/[, ]+/).filter((f) => f.startsWith('-'));
}

function optionsOf(spec: CommandSpec): string[] {
  const options = [...(spec.output === false ? [] : OUTPUT_OPTIONS), ...(spec.options ?? [])];
  return [...options.flatMap((o) => longFlags(o.flags)), '--help', '--color', '--no-color'];
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
  const guess = closest(input, SHELLS);
  throw new UsageError(`no completion for shell '${visible(input)}'.${guess ? ` Did you mean '${guess}'?` : ''}`, `Shells: ${SHELLS.join(', ')}.`);
}

const names = (): string[] => [...COMMANDS.map((c) => c.name), 'help'];

function bash(words: CompletionWords): string {
  const cases = COMMANDS.map((spec) => {
    const format = spec.formats.length ? `\n        --format) COMPREPLY=($(compgen -W "${spec.formats.join(' ')}" -- "$cur")); return ;;` : '';
    return `    ${spec.name})
      case "$prev" in${format}
        --output|-o|--answers) COMPREPLY=($(compgen -f -- "$cur")); return ;;
      esac
      if [[ "$cur" == -* ]]; then COMPREPLY=($(compgen -W "${optionsOf(spec).join(' ')}" -- "$cur")); return; fi
      COMPREPLY=($(compgen -W "${argumentsOf(spec, words).join(' ')}" -- "$cur")) ;;`;
  });
  return `# bash completion for backpain. Save as ~/.local/share/bash-completion/completions/backpain
_backpain() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}"
  if [ "$COMP_CWORD" -eq 1 ]; then
    COMPREPLY=($(compgen -W "${[...names(), ...GLOBAL].join(' ')}" -- "$cur"))
    return
  fi
  case "\${COMP_WORDS[1]}" in
${cases.join('\n')}
    help) COMPREPLY=($(compgen -W "${names().join(' ')}" -- "$cur")) ;;
  esac
}
complete -F _backpain backpain
`;
}

function zsh(words: CompletionWords): string {
  // zsh runs the bash function through bashcompinit, so both shells complete the same words.
  return `#compdef backpain
# zsh completion for backpain. Save as _backpain in a folder on your fpath.
autoload -U +X bashcompinit && bashcompinit
${bash(words).split('\n').slice(1).join('\n')}`;
}

function fish(words: CompletionWords): string {
  const lines = [
    '# fish completion for backpain. Save as ~/.config/fish/completions/backpain.fish',
    'complete -c backpain -f',
    `complete -c backpain -n __fish_use_subcommand -a "${names().join(' ')}"`,
    ...COMMANDS.flatMap((spec) => {
      const when = `-n "__fish_seen_subcommand_from ${spec.name}"`;
      const args = argumentsOf(spec, words);
      return [
        `complete -c backpain ${when} -d "${spec.summary.replace(/"/g, "'")}"`,
        ...(args.length ? [`complete -c backpain ${when} -a "${args.join(' ')}"`] : []),
        ...optionsOf(spec).map((flag) => `complete -c backpain ${when} -l ${flag.replace(/^--/, '')}`),
      ];
    }),
  ];
  return `${lines.join('\n')}\n`;
}

/** The completion script for a shell; it only prints, it never edits a shell's files. */
export function completionScript(shell: Shell, words: CompletionWords): string {
  return { bash, zsh, fish }[shell](words);
}
