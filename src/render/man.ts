import { COMMANDS, OUTPUT_OPTIONS, type CommandSpec } from '../cli/spec.js';
import type { Sources } from '../content/types.js';
import { longDate } from './credit.js';

/** Text safe for roff: backslashes doubled, a leading dot or quote made literal. */
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
${[option('-h, --help', 'show help'), option('-V, --version', 'print the version'), option('--color, --no-color', 'use colour even on a pipe, or never')].join('\n')}
.SH OUTPUT
On a terminal, output is rendered with colour and wrapped to the window; \\fBread\\fR output taller
than the screen goes through the pager. On a pipe: \\fBread\\fR prints markdown; \\fBsections\\fR,
\\fBlist\\fR and \\fBsearch\\fR print one tab\\-separated record per line, id first. \\fB\\-\\-json\\fR gives
the stable JSON shapes documented in the README.
.SH ENVIRONMENT
.TP
.B NO_COLOR
any value turns colour off (after \\fB\\-\\-color\\fR/\\fB\\-\\-no\\-color\\fR).
.TP
.B FORCE_COLOR
0 turns colour off; 1 to 3 turn it on, even on a pipe.
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
