import type { Format } from '../cli/settings.js';
import { COMMANDS, GLOBAL_OPTIONS, OUTPUT_OPTIONS, type CommandSpec } from '../cli/spec.js';
import type { Sources } from '../content/types.js';
import { longDate } from './credit.js';

/** Text safe for roff: a backslash printed as one, a hyphen as a minus (options copy and paste), a leading dot or quote made literal. */
function esc(text: string): string {
  return text
    .replace(/\\/g, '\\e')
    .replace(/-/g, '\\-')
    .replace(/^([.'])/gm, '\\&$1');
}

function option(flags: string, description: string): string {
  return `.TP\n.B ${esc(flags)}\n${esc(description)}`;
}

function command(spec: CommandSpec): string {
  const options = [...(spec.output === false ? [] : OUTPUT_OPTIONS), ...(spec.options ?? [])];
  return [
    `.SS "${esc(`backpain ${spec.name}${spec.args ? ` ${spec.args}` : ''}`)}"`,
    esc(spec.description),
    ...(spec.formats.length ? [`.PP\nFormats: ${esc(spec.formats.join(', '))}.`] : []),
    ...options.map((o) => option(o.flags, o.description)),
    '.PP\nExamples:\n.PP\n.RS\n.nf',
    ...spec.examples.map(([cmd, what]) => `${esc(cmd)}\n    # ${esc(what)}`),
    '.fi\n.RE',
  ].join('\n');
}

/** What each format gives, as roff. */
const FORMAT_WORDS: Record<Format, string> = {
  terminal: 'the rendered view: headings, bold, bullets, wrapped to the window, with colour when colour is on.',
  text: 'the same layout with no escape codes, wrapped at \\fB\\-\\-width\\fR (80 on a pipe).',
  markdown: 'markdown, for pandoc, glow or less; what \\fBread\\fR prints on a pipe.',
  tsv: 'one tab\\-separated record per line, id first; what the lists print on a pipe.',
  json: 'JSON in the stable shapes documented in the README (\\fB\\-\\-json\\fR is short for it).',
  html: 'one self\\-contained printable page, with the source credit and the disclaimer.',
};

/** Each format, what it gives, and which commands have it: from the specs, as --format checks them. */
function formats(): string {
  const order: readonly Format[] = ['terminal', 'text', 'markdown', 'tsv', 'json', 'html'];
  return order
    .map((format) => {
      const commands = COMMANDS.filter((c) => c.formats.includes(format)).map((c) => `\\fB${c.name}\\fR`);
      return `.TP\n.B ${format}\n${FORMAT_WORDS[format]} Commands: ${commands.join(', ')}.`;
    })
    .join('\n');
}

/** The man page, made at build time from the same command specs as --help. */
export function renderMan(version: string, sources: Sources, date: string): string {
  const { article } = sources;
  return `.TH BACKPAIN 1 "${date}" "backpain ${version}" "User Commands"
.SH NAME
backpain \\- can back pain cause leg pain? A plain\\-language guide, offline
.SH SYNOPSIS
.B backpain
.RI [ command ] " " [ options ]
.SH DESCRIPTION
backpain explains back pain, leg pain and sciatica in plain words, from one reviewed article,
in your terminal. It lists causes, risk factors, treatments and the warning signs that need help
now, and has a short checklist. It informs; it does not diagnose.
.SH COMMANDS
${COMMANDS.map(command).join('\n')}
.SH GLOBAL OPTIONS
${GLOBAL_OPTIONS.map((o) => option(o.flags, o.description)).join('\n')}
.SH OUTPUT FORMATS
On a terminal, output is rendered with colour and wrapped to the window; \\fBread\\fR output taller
than the screen goes through the pager. On a pipe: \\fBread\\fR prints markdown; \\fBsections\\fR,
\\fBlist\\fR, \\fBsearch\\fR and \\fBcheck \\-\\-questions\\fR print one tab\\-separated record per line, id
first. Choose with \\fB\\-\\-format\\fR; \\fB\\-o\\fR \\fIfile\\fR writes to a file, and its name picks the format.
${formats()}
.SH ENVIRONMENT
.TP
.B NO_COLOR
any value but empty turns colour off (after \\fB\\-\\-color\\fR/\\fB\\-\\-no\\-color\\fR).
.TP
.B FORCE_COLOR
0 or false turns colour off; 2 and 3 ask for 256 colours and truecolor; any other value turns it
on, even on a pipe, where it picks the terminal layout.
.TP
.B COLUMNS
the width to wrap at, when \\fB\\-\\-width\\fR is not given.
.TP
.B TERM
\\fBdumb\\fR turns colour off on a terminal.
.TP
.B PAGER
the pager for long \\fBread\\fR output (default \\fBless \\-FRX\\fR; empty for none).
.TP
.B BACKPAIN_DEBUG
set to 1 to add the stack to an internal error, for bug reports.
.SH EXIT STATUS
.TP
.B 0
success
.TP
.B 1
nothing found (\\fBsearch\\fR), standard output closed, or an internal error
.TP
.B 2
bad usage: an unknown command, section, list, option, answer or value
.TP
.B 130
the checklist was cancelled with Ctrl\\-C (143 on SIGTERM)
.SH SOURCES
Based on "${esc(article.title)}" by ${esc(article.author)} (${esc(article.authorRole)}), ${esc(article.publisher)}, ${esc(longDate(article.date))}.
Warning signs and other guidance: ${esc(sources.references.map((r) => r.name).join('; '))}. Run \\fBbackpain sources\\fR for details.
.SH DISCLAIMER
${esc(sources.disclaimer)}
`;
}
