// Help, drawn from the command table and the catalog: `backpain` alone, `--help`, `<command>
// --help` and `help <command>`.
import { GLOBAL_OPTIONS, isEverywhere, optionsOf, longName, type OptionSpec } from '../core/spec.js';
import type { Messages } from '../messages/en.js';
import { fill } from '../messages/fill.js';
import { wrapLine } from '../render/wrap.js';
import { COMMANDS, topExamples, type CommandEntry } from '../commands/table.js';

const INDENT = '  ';
const UNDER = '      ';
/** Below this many columns for the words, each entry's words go under it instead. */
const MIN_WORDS_COLUMN = 30;

/** An example command: kept whole at any width, because it is meant to be copied. */
const EXAMPLE_COMMAND = /^\s*\$ backpain\b/;
const COMMENT = /^(\s*# )(.*)$/;

function wrapHelpLine(line: string, width: number): string[] {
  if (EXAMPLE_COMMAND.test(line)) return [line];
  const comment = COMMENT.exec(line);
  if (!comment) return wrapLine(line, width);
  const [, mark = '', words = ''] = comment;
  return wrapLine(words, Math.max(1, width - mark.length)).map((piece) => `${mark}${piece}`);
}

/** Help text wrapped to `width`; example commands stay whole. */
function wrapHelp(text: string, width: number): string {
  return text
    .split('\n')
    .flatMap((line) => wrapHelpLine(line, width))
    .join('\n');
}

/**
 * Examples as `$ command  # what`, aligned. Where a line would not fit `width`, each comment goes
 * on a line of its own above its command instead, so a long command is never wrapped mid-word.
 */
function examplesText(examples: readonly { line: string; words: string }[], width: number): string {
  const column = Math.max(...examples.map((e) => e.line.length));
  if (examples.every((e) => `  $ ${''.padEnd(column)}  # ${e.words}`.length <= width)) {
    return examples.map((e) => `  $ ${e.line.padEnd(column)}  # ${e.words}`).join('\n');
  }
  return examples.map((e) => `  # ${e.words}\n  $ ${e.line}`).join('\n');
}

/** Two columns: the term, and its words wrapped beside it (or under it, on a narrow screen). */
function items(rows: readonly [string, string][], width: number): string {
  const termWidth = Math.max(...rows.map(([term]) => term.length));
  return rows
    .map(([term, words]) => {
      if (width - termWidth - 4 < MIN_WORDS_COLUMN) {
        return [`${INDENT}${term}`, ...wrapLine(words, Math.max(1, width - UNDER.length)).map((piece) => `${UNDER}${piece}`)].join('\n');
      }
      const lead = `${INDENT}${term.padEnd(termWidth)}  `;
      const pieces = wrapLine(words, Math.max(1, width - lead.length));
      return pieces.map((piece, i) => `${i === 0 ? lead : ' '.repeat(lead.length)}${piece}`).join('\n');
    })
    .join('\n');
}

function optionRow(option: OptionSpec, m: Messages, formats: readonly string[]): [string, string] {
  const name = longName(option) as keyof Messages['options'];
  const words = m.options[name] ?? '';
  const choices = name === 'format' && formats.length ? ` (${fill(m.help.choices, { values: formats.map((f) => `"${f}"`).join(', ') })})` : '';
  return [option.flags, `${words}${choices}`];
}

function examplesOf(entry: CommandEntry, m: Messages): { line: string; words: string }[] {
  const words = m.commands[entry.name].examples;
  return entry.examples.map((line, i) => ({ line, words: words[i] ?? '' }));
}

/** `backpain <name> [options] <args>`, as a usage line shows it. */
function usageOf(entry: CommandEntry, m: Messages): string {
  return ['backpain', entry.name, m.help.optionsWord, entry.args].filter(Boolean).join(' ');
}

function topExamplesText(m: Messages, width: number): string {
  return examplesText(
    topExamples().map((e) => ({ line: e.line, words: m.commands[e.command as CommandEntry['name']].examples[e.index] ?? '' })),
    width,
  );
}

/** What `backpain` alone prints: what it is, how to call it, and a first example of each command. */
export function shortHelp(m: Messages, version: string, width: number): string {
  const text = [fill(m.about.tagline, { version }), '', `${m.help.usage} ${m.help.usageLine}`, '', m.help.examples, topExamplesText(m, width), '', m.help.seeAll, ''].join('\n');
  return wrapHelp(text, width);
}

const GLOBAL_BEFORE = [...GLOBAL_OPTIONS.filter((o) => o.flags.startsWith('-V')), ...GLOBAL_OPTIONS.filter((o) => !o.flags.startsWith('-V'))];

/** `backpain --help`: every command and the global options. */
export function fullHelp(m: Messages, width: number): string {
  const commands: [string, string][] = [
    ...COMMANDS.map((c): [string, string] => [[c.name, c.formats.length || c.options ? m.help.optionsWord : '', c.args].filter(Boolean).join(' '), m.commands[c.name].summary]),
    [`help ${m.help.helpArgs}`, m.help.helpCommand],
  ];
  const text = [
    m.help.examples,
    topExamplesText(m, width),
    '',
    `${m.help.usage} ${m.help.fullUsageLine}`,
    '',
    m.about.description,
    '',
    m.help.options,
    items(GLOBAL_BEFORE.map((o) => optionRow(o, m, [])), width),
    '',
    m.help.commands,
    items(commands, width),
    '',
  ].join('\n');
  return wrapHelp(text, width);
}

/** `backpain <command> --help`: its examples, usage, description, options and the global options. */
export function commandHelp(entry: CommandEntry, m: Messages, width: number): string {
  const own = optionsOf(entry).filter((o) => !isEverywhere(o));
  const formats = [...new Set([...entry.formats, ...(entry.modes ?? []).flatMap((mode) => mode.formats)])];
  const text = [
    m.help.examples,
    examplesText(examplesOf(entry, m), width),
    '',
    `${m.help.usage} ${usageOf(entry, m)}`,
    '',
    m.commands[entry.name].description,
    '',
    m.help.options,
    items([...own.map((o) => optionRow(o, m, formats)), ...GLOBAL_OPTIONS.filter((o) => o.flags.includes('--help')).map((o) => optionRow(o, m, []))], width),
    '',
    m.help.globalOptions,
    items(GLOBAL_BEFORE.filter((o) => !o.flags.includes('--help')).map((o) => optionRow(o, m, [])), width),
    '',
  ].join('\n');
  return wrapHelp(text, width);
}

/** `backpain help help`: the help command's own help. */
export function helpHelp(m: Messages, width: number): string {
  return wrapHelp([`${m.help.usage} backpain help ${m.help.helpArgs}`, '', m.help.helpCommand, ''].join('\n'), width);
}

