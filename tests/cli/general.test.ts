import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ESC, backpain } from '../support/cli.js';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

describe('backpain with no command', () => {
  it('prints short help with examples and exits 0', () => {
    const result = backpain([]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: backpain <command>');
    expect(result.stdout).toContain('backpain read');
    expect(result.stdout).toContain('backpain list red-flags');
    expect(result.stderr).toBe('');
  });
});

describe('help and version', () => {
  it('prints the version with -V and --version', () => {
    expect(backpain(['--version']).stdout).toBe(`${pkg.version}\n`);
    expect(backpain(['-V']).code).toBe(0);
  });

  it('prints full help with -h on stdout', () => {
    const result = backpain(['-h']);
    expect(result.code).toBe(0);
    for (const command of ['read', 'sections', 'list', 'search']) expect(result.stdout).toContain(command);
  });

  it.each(['read', 'sections', 'list', 'search'])('%s --help shows examples', (command) => {
    const result = backpain([command, '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Examples:');
    expect(result.stdout).toContain(`$ backpain ${command}`);
  });

  it('backpain help <command> works', () => {
    const result = backpain(['help', 'list']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('red-flags');
  });
});

describe('usage errors', () => {
  it('suggests the closest command, exit 2, one line, nothing on stdout', () => {
    const result = backpain(['raed']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe("backpain: unknown command 'raed'. Did you mean 'read'? See 'backpain --help'.\n");
  });

  it('rejects an unknown option with a hint', () => {
    const result = backpain(['list', 'causes', '--jsn']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^backpain: unknown option '--jsn'\. Did you mean '--json'\? See 'backpain list --help'\.\n$/);
  });

  it('rejects extra arguments', () => {
    const result = backpain(['sections', 'extra']);
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')).toHaveLength(2);
  });
});

describe('colour decisions', () => {
  it('NO_COLOR wins over FORCE_COLOR', () => {
    expect(backpain(['list', 'causes', '--format', 'terminal'], { env: { NO_COLOR: '1', FORCE_COLOR: '1' } }).stdout).not.toContain(ESC);
  });

  it('--color forces colour on a pipe and wins over NO_COLOR', () => {
    expect(backpain(['list', 'causes', '--format', 'terminal', '--color'], { env: { NO_COLOR: '1' } }).stdout).toContain(ESC);
    // ...but never changes what a pipe gets: tab-separated records stay records.
    expect(backpain(['list', 'causes', '--color']).stdout).not.toContain(ESC);
  });

  it('FORCE_COLOR=0 means no colour', () => {
    expect(backpain(['list', 'causes', '--format', 'terminal'], { env: { FORCE_COLOR: '0' } }).stdout).not.toContain(ESC);
  });
});
