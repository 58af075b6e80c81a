import fc from 'fast-check';

/** Words a user might type: real names, near misses, flags, and hostile strings. */
export const TOKENS = [
  'read', 'sections', 'list', 'search', 'check', 'sources', 'help',
  'causes', 'treatments', 'risk-factors', 'red-flags', 'symptoms', 'cause', 'red', 'overview', 'leg', 'leg-pain', 'warning-signs', '5', '0', '99', '-1',
  '--json', '--format', 'json', 'text', 'markdown', 'terminal', 'tsv', 'html', 'pdf', '--width', '20', '300', '19', '301', 'abc',
  '--color', '--no-color', '--no-pager', '-h', '--help', '-V', '--version', '--questions', '--yes', 'pregnancy,pee-start', 'agee', '--answers', '-', '--force', '--',
  'completion', 'bash', 'zsh', 'fish', 'bsh', '--format=json', '--width=45', '--yes=age', '-o', '--output', 'out.html', '-hV', '-x', '--jsn',
  '', ' ', '\u001b[31mred', '\u0007', '\u001b]0;title\u0007', '\u009b2J', 'ünïcödé', '背痛', '🙂', 'a'.repeat(5000),
  "it's", "'\u001b[2J'", '\u202eevil', 'x\ny', '\r', '\t', '\u0000', '%s%n', '$(id)', '../../etc/passwd', '__proto__', 'constructor',
];

const control = fc.string({ unit: fc.integer({ min: 0, max: 0x9f }).map((c) => String.fromCharCode(c)), maxLength: 12 });

export const argument = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...TOKENS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 1, arbitrary: control },
);

const COMMAND_NAMES = ['read', 'sections', 'list', 'search', 'check', 'sources', 'completion', 'help'];

/**
 * Argument vectors: mostly a real command first (so the fuzz reaches each command's own
 * parsing, not only "unknown command"), sometimes anything at all.
 */
export const argv = fc.oneof(
  { weight: 3, arbitrary: fc.tuple(fc.constantFrom(...COMMAND_NAMES), fc.array(argument, { maxLength: 5 })).map(([command, rest]) => [command, ...rest]) },
  { weight: 1, arbitrary: fc.array(argument, { maxLength: 6 }) },
);

/** A stack trace line, as Node prints them. */
export const STACK = /\n\s+at .+\(|\n\s+at .+:\d+:\d+/;

/**
 * Raw control characters that could drive a terminal (ESC, BEL, C1 codes such as CSI...), once
 * the colour codes the tool itself writes are taken out. Newline and tab are data.
 */
// eslint-disable-next-line no-control-regex -- the point is to find raw control characters
export const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
// eslint-disable-next-line no-control-regex -- the tool's own colour codes (SGR), not input
const OWN_COLOUR = /\u001b\[[0-9;]*m/g;

/**
 * What in `text` could drive a terminal. With `colour` on, the tool's own colour codes are taken
 * out first; with it off, any escape at all counts.
 */
export function rawControls(text: string, colour = false): string[] {
  return [...(colour ? text.replace(OWN_COLOUR, '') : text).matchAll(new RegExp(RAW_CONTROL, 'g'))].map((m) => m[0]);
}

/**
 * The one line a usage error (exit 2) must be: `backpain: `, what was wrong, and a command that
 * shows the valid choices. Returns what is missing, or nothing.
 */
export function usageLineProblems(stderr: string): string[] {
  const problems: string[] = [];
  if (!/^backpain: [^\n]+\n$/.test(stderr)) problems.push('not exactly one line starting "backpain: "');
  if (!/'backpain [a-z-]|\bbackpain (?:read|sections|list|search|check|sources|completion|help|--help)\b/.test(stderr)) problems.push('names no command to run');
  if (/\(outputHelp\)|undefined|\[object /.test(stderr)) problems.push('leaks internal words');
  return problems;
}
