import fc from 'fast-check';

/** Words a user might type: real names, near misses, flags, and hostile strings. */
export const TOKENS = [
  'read', 'sections', 'list', 'search', 'check', 'sources', 'help',
  'causes', 'treatments', 'risk-factors', 'red-flags', 'symptoms', 'cause', 'red', 'overview', 'leg', 'leg-pain', 'warning-signs', '5', '0', '99', '-1',
  '--json', '--format', 'json', 'text', 'markdown', 'terminal', 'tsv', 'html', 'pdf', '--width', '20', '300', '19', '301', 'abc',
  '--color', '--no-color', '--no-pager', '-h', '--help', '-V', '--version', '--questions', '--yes', 'age,bladder', 'agee', '--answers', '-', '--force', '--',
  '', ' ', '\u001b[31mred', '\u0007', '\u001b]0;title\u0007', '\u009b2J', 'ünïcödé', '背痛', '🙂', 'a'.repeat(5000),
];

const control = fc.string({ unit: fc.integer({ min: 0, max: 0x9f }).map((c) => String.fromCharCode(c)), maxLength: 12 });

export const argument = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...TOKENS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 1, arbitrary: control },
);

export const argv = fc.array(argument, { maxLength: 6 });

/** A stack trace line, as Node prints them. */
export const STACK = /\n\s+at .+\(|\n\s+at .+:\d+:\d+/;
