import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/spec.js';
import { backpain } from '../support/cli.js';

const script = backpain(['completion', 'bash']).stdout;

/** Sources the generated bash script and asks it to complete `words` (the last one is the cursor). */
function complete(...words: string[]): string[] {
  const array = words.map((w) => `'${w}'`).join(' ');
  const result = spawnSync('bash', ['-c', `${script}\nCOMP_WORDS=(${array}); COMP_CWORD=${words.length - 1}; _backpain; printf '%s\\n' "\${COMPREPLY[@]}"`], { encoding: 'utf8' });
  expect(result.stderr).toBe('');
  return result.stdout.split('\n').filter(Boolean);
}

describe('backpain completion', () => {
  it('bash: completes section ids for `backpain read ca`', () => {
    expect(complete('backpain', 'read', 'ca')).toEqual(['causes']);
    expect(complete('backpain', 'read', 'leg')).toEqual(['leg-weakness', 'leg-pain']);
  });

  it('bash: completes commands, list kinds, options and formats', () => {
    expect(complete('backpain', '')).toEqual(expect.arrayContaining(COMMANDS.map((c) => c.name)));
    expect(complete('backpain', 'list', 'r')).toEqual(['risk-factors', 'red-flags']);
    expect(complete('backpain', 'read', '--no')).toEqual(['--no-pager', '--no-color']);
    expect(complete('backpain', 'list', '--format', '')).toEqual(['terminal', 'text', 'markdown', 'tsv', 'json']);
    expect(complete('backpain', 'check', '--y')).toEqual(['--yes']);
  });

  it.each(['zsh', 'fish'])('%s: prints a script naming every command', (shell) => {
    const result = backpain(['completion', shell]);
    expect(result.code).toBe(0);
    for (const c of COMMANDS) expect(result.stdout).toContain(c.name);
    expect(result.stdout).toContain('causes');
  });

  it('an unknown shell is a usage error with a suggestion', () => {
    const result = backpain(['completion', 'bsh']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe("backpain: no completion for shell 'bsh'. Did you mean 'bash'? Shells: bash, zsh, fish.\n");
  });
});

describe('help that teaches', () => {
  it.each(COMMANDS.map((c) => [c.name, c] as const))('%s --help leads with its examples', (name, spec) => {
    const help = backpain([name, '--help']).stdout;
    expect(help.startsWith('Examples:\n')).toBe(true);
    for (const [cmd] of spec.examples) expect(help).toContain(`$ ${cmd}`);
    expect(help.indexOf('Examples:')).toBeLessThan(help.indexOf('Usage:'));
    expect(backpain(['help', name]).stdout).toBe(help);
  });

  it('backpain --help shows examples first too', () => {
    expect(backpain(['--help']).stdout).toMatch(/^Examples:\n {2}\$ backpain read/);
  });
});

describe('man page', () => {
  const page = readFileSync(new URL('../../dist/man/backpain.1', import.meta.url), 'utf8');
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { man: string[] };

  it('is the package man page, generated from the same specs as --help', () => {
    expect(pkg.man).toEqual(['./dist/man/backpain.1']);
    for (const spec of COMMANDS) {
      expect(page).toContain(`.SS "backpain ${spec.name}`);
      for (const [cmd] of spec.examples) expect(page).toContain(cmd.replace(/\\/g, '\\e').replace(/-/g, '\\-'));
    }
    expect(page).toMatch(/\.SH SOURCES\nBased on "Can Back Pain Cause Leg Pain\?" by Dr\. Eric DePopas, MD/);
  });

  it('renders without warnings', () => {
    const groff = spawnSync('groff', ['-man', '-Tutf8', '-ww', '-z', 'dist/man/backpain.1'], { encoding: 'utf8' });
    if (groff.error) {
      // groff is part of man-db's dependencies; without it there is nothing to render with.
      expect((groff.error as NodeJS.ErrnoException).code).toBe('ENOENT');
      return;
    }
    expect(groff.stderr).toBe('');
    expect(groff.status).toBe(0);
  });
});
