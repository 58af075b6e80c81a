import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMANDS, topExamples } from '../../src/commands/table.js';
import { GLOBAL_OPTIONS, longName } from '../../src/core/spec.js';
import { en } from '../../src/messages/en.js';
import { backpain } from '../support/cli.js';

describe('help that teaches', () => {
  it.each(COMMANDS.map((c) => [c.name, c] as const))('%s --help leads with its examples', (name, spec) => {
    // Two or three: enough to teach at a glance, few enough to read before the usage line.
    expect(spec.examples.length).toBeGreaterThanOrEqual(2);
    expect(spec.examples.length).toBeLessThanOrEqual(3);
    const help = backpain([name, '--help']).stdout;
    expect(help.startsWith('Examples:\n')).toBe(true);
    for (const cmd of spec.examples) expect(help).toContain(`$ ${cmd}`);
    expect(help.indexOf('Examples:')).toBeLessThan(help.indexOf('Usage:'));
    expect(backpain(['help', name]).stdout).toBe(help);
  });

  it('backpain --help shows examples first too', () => {
    const help = backpain(['--help']).stdout;
    expect(help).toMatch(/^Examples:\n {2}\$ backpain read/);
    for (const { line } of topExamples()) expect(help).toContain(`$ ${line}`);
    for (const option of GLOBAL_OPTIONS) expect(help.replace(/\s+/g, ' ')).toContain(en.options[longName(option) as keyof typeof en.options]);
  });

  it('examples too wide to align put each comment above its command', () => {
    const help = backpain(['completion', '--help']).stdout;
    expect(help).toContain('  # in fish (mkdir -p ~/.config/fish/completions first)\n  $ backpain completion fish > ~/.config/fish/completions/backpain.fish\n');
    expect(backpain(['read', '--help'], { env: { COLUMNS: '100' } }).stdout).toContain('  $ backpain read                                # read the whole guide\n');
  });
});

describe('man page', () => {
  const page = readFileSync(new URL('../../dist/man/backpain.1', import.meta.url), 'utf8');
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { man: string[] };

  it('is the package man page, generated from the same specs as --help', () => {
    // npm links man pages by file name: backpain-es.1 is `man backpain-es`.
    expect(pkg.man).toEqual(['./dist/man/backpain.1', './dist/man/backpain-es.1']);
    for (const spec of COMMANDS) {
      expect(page).toContain(`.SS "backpain ${spec.name}`);
      for (const cmd of spec.examples) expect(page).toContain(cmd.replace(/\\/g, '\\e').replace(/-/g, '\\-'));
    }
    expect(page).toMatch(/\.SH SOURCES\nBased on "Can Back Pain Cause Leg Pain\?" by Dr\. Eric DePopas, MD/);
  });

  it('has the fixed sections: environment, exit status, formats, sources, disclaimer', () => {
    const headings = [...page.matchAll(/^\.SH (.+)$/gm)].map((m) => m[1]);
    expect(headings).toEqual(['NAME', 'SYNOPSIS', 'DESCRIPTION', 'COMMANDS', 'GLOBAL OPTIONS', 'OUTPUT FORMATS', 'ENVIRONMENT', 'EXIT STATUS', 'SOURCES', 'DISCLAIMER']);
    for (const name of ['NO_COLOR', 'FORCE_COLOR', 'COLUMNS', 'TERM', 'BACKPAIN_DEBUG', 'PAGER']) expect(page).toContain(`.B ${name}\n`);
    for (const code of ['0', '1', '2', '130']) expect(page).toContain(`.B ${code}\n`);
    expect(page).toContain('Helped, April 25, 2022');
    expect(page).toContain('Helped (formerly PainTheory), the article');
  });

  // man-db's man passes --warnings=w to troff as -ww (every warning); where man is some other
  // program (mandoc) or missing, groff itself renders the page the same way.
  const manDb = /^man \d/.test(spawnSync('man', ['--version'], { encoding: 'utf8' }).stdout ?? '');
  const groff = !spawnSync('groff', ['--version'], { encoding: 'utf8' }).error;
  const renderer = manDb ? 'man -l' : groff ? 'groff -man' : undefined;

  it.skipIf(!renderer)(`renders without warnings (${renderer ?? 'skipped: neither man-db nor groff is installed'})`, () => {
    const result = manDb
      ? spawnSync('man', ['--warnings=w', '-l', 'dist/man/backpain.1'], { encoding: 'utf8', env: { ...process.env, MANPAGER: 'cat', MANWIDTH: '80' } })
      : spawnSync('groff', ['-man', '-Tutf8', '-ww', '-z', 'dist/man/backpain.1'], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    if (manDb) for (const spec of COMMANDS) expect(result.stdout).toContain(`backpain ${spec.name}`);
  });
});
