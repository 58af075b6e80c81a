import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { backpain } from '../support/cli.js';

// `backpain handout` as a user runs it; how the pages print is tested in a real browser (tests/browser/).
const dir = mkdtempSync(join(tmpdir(), 'backpain-handout-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('backpain handout', () => {
  it('prints the two-page summary as one HTML page, on a pipe, with nothing on stderr', () => {
    const result = backpain(['handout']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(result.stdout).toContain('<title>Back pain and leg pain: what to do, and when to get help</title>');
    expect(result.stdout).toContain('<body class="summary">');
  });

  it('--card: the card by the phone; --full: the whole guide, the same page as read --format html', () => {
    expect(backpain(['handout', '--card']).stdout).toContain('<h1>Back pain: when to call for help now</h1>');
    expect(backpain(['handout', '--full']).stdout).toBe(backpain(['read', '--format', 'html']).stdout);
  });

  it('in Spanish with --lang es or a Spanish locale', () => {
    const flag = backpain(['--lang', 'es', 'handout', '--card']);
    expect(flag.stdout).toMatch(/<html lang="es">/);
    expect(flag.stdout).toContain('<h1>Dolor de espalda: cuándo pedir ayuda ahora</h1>');
    expect(backpain(['handout', '--card'], { env: { LANG: 'es_ES.UTF-8' } }).stdout).toBe(flag.stdout);
  });

  it('writes the page with -o, and takes only .html', () => {
    const file = join(dir, 'card.html');
    const result = backpain(['handout', '--card', '-o', file]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(readFileSync(file, 'utf8')).toContain('<body class="card">');
    const wrong = backpain(['handout', '-o', join(dir, 'card.json')]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/^backpain: this command cannot write '\.json' files/);
  });

  it('--card and --full together: a usage error, exit 2', () => {
    const result = backpain(['handout', '--card', '--full']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe("backpain: give --card or --full, not both. See 'backpain handout --help'.\n");
  });

  it('has no other format, and nothing to wrap: --json and --width are not its options', () => {
    for (const option of [['--json'], ['--width', '80'], ['--format', 'text']]) {
      const result = backpain(['handout', ...option]);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/^backpain: .*See 'backpain handout --help'\.\n$/);
    }
    expect(backpain(['handout', '--help']).stdout).not.toMatch(/--json|--width/);
  });

  it('says in help what each page is', () => {
    const help = backpain(['handout', '--help']).stdout;
    expect(help).toMatch(/--card/);
    expect(help).toMatch(/--full/);
    expect(help).toMatch(/backpain handout -o handout\.html/);
  });
});
