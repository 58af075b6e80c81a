// Run by the build: the man page, from the same command table and catalog as --help, so the two
// cannot drift.
import { COMMANDS, type CommandEntry } from '../commands/table.js';
import type { Sources } from '../content/types.js';
import { FORMATS, GLOBAL_OPTIONS, isEverywhere, longName, optionsOf, type OptionSpec } from '../core/spec.js';
import type { Messages } from '../messages/en.js';
import { fill } from '../messages/fill.js';
import { longDate } from '../render/credit.js';

/** Text safe for roff: a backslash printed as one, a hyphen as a minus (options copy and paste), a leading dot or quote made literal. */
function esc(text: string): string {
  return text
    .replace(/\\/g, '\\e')
    .replace(/-/g, '\\-')
    .replace(/^([.'])/gm, '\\&$1');
}

function option(o: OptionSpec, m: Messages): string {
  return `.TP\n.B ${esc(o.flags)}\n${esc(m.options[longName(o) as keyof Messages['options']] ?? '')}`;
}

function command(spec: CommandEntry, m: Messages): string {
  const words = m.commands[spec.name];
  const formats = [...new Set([...spec.formats, ...(spec.modes ?? []).flatMap((mode) => mode.formats)])];
  return [
    `.SS "${esc(`backpain ${spec.name}${spec.args ? ` ${spec.args}` : ''}`)}"`,
    esc(words.description),
    ...(formats.length ? [`.PP\n${esc(fill(m.man.formatsLine, { values: formats.join(', ') }))}`] : []),
    ...optionsOf(spec).filter((o) => !isEverywhere(o)).map((o) => option(o, m)),
    `.PP\n${esc(m.man.examplesLine)}\n.PP\n.RS\n.nf`,
    ...spec.examples.map((line, i) => `${esc(line)}\n    # ${esc(words.examples[i] ?? '')}`),
    '.fi\n.RE',
  ].join('\n');
}

/** Each format, what it gives, and which commands have it: from the table, as --format checks them. */
function formats(m: Messages): string {
  return FORMATS.map((format) => {
    const commands = COMMANDS.filter((c) => c.formats.includes(format) || c.modes?.some((mode) => mode.formats.includes(format))).map((c) => `\\fB${c.name}\\fR`);
    return `.TP\n.B ${format}\n${esc(m.man.formatWords[format])} ${fill(m.man.commandsOf, { values: commands.join(', ') })}`;
  }).join('\n');
}

function pairs(entries: Readonly<Record<string, string>>): string {
  return Object.entries(entries)
    .map(([name, words]) => `.TP\n.B ${esc(name)}\n${esc(words)}`)
    .join('\n');
}

/** The man page, made at build time from the same command table as --help. */
export function renderMan(version: string, sources: Sources, m: Messages): string {
  const { article } = sources;
  const credit = fill(m.credit.basedOn, { title: article.title, author: article.author, role: article.authorRole, publisher: article.publisher, date: longDate(article.date, m.credit) });
  return `.TH BACKPAIN 1 "${sources.reviewed}" "backpain ${version}" "${esc(m.man.section)}"
.SH ${esc(m.man.nameHeading)}
backpain \\- ${esc(m.man.name)}
.SH ${esc(m.man.synopsis)}
.B backpain
.RI [ ${esc(m.man.synopsisCommand)} ] " " [ ${esc(m.man.synopsisOptions)} ]
.SH ${esc(m.man.description)}
${esc(m.about.manDescription)}
.SH ${esc(m.man.commands)}
${COMMANDS.map((c) => command(c, m)).join('\n')}
.SH ${esc(m.man.globalOptions)}
${GLOBAL_OPTIONS.map((o) => option(o, m)).join('\n')}
.SH ${esc(m.man.outputFormats)}
${esc(m.man.outputIntro)}
${formats(m)}
.SH ${esc(m.man.environment)}
${pairs(m.man.environmentWords)}
.SH ${esc(m.man.exitStatus)}
${pairs(m.man.exitWords)}
.SH ${esc(m.man.sources)}
${esc(`${credit} ${sources.interest}`)}
${esc(fill(m.man.sourcesLine, { names: sources.references.map((r) => r.name).join('; ') }))}
.SH ${esc(m.man.disclaimer)}
${esc(sources.disclaimer)}
`;
}
