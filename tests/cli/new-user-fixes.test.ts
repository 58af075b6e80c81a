// The CLI fixes found when the tool was tried as a new user would (issue 13), each as the user sees it.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stripAnsi } from '../../src/render/wrap.js';
import { ESC, backpain } from '../support/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'backpain-fixes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const longest = (text: string): number => Math.max(...text.split('\n').map((l) => [...stripAnsi(l)].length));

describe('-o - is standard output', () => {
  it('writes to stdout and makes no file named "-"', () => {
    const result = backpain(['sections', '-o', '-'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(backpain(['sections']).stdout);
    expect(existsSync(join(dir, '-'))).toBe(false);
  });
});

describe('bold and italic carry over onto wrapped lines', () => {
  it('a wrapped bold heading opens bold again on its next line, and every line ends plain', () => {
    const out = backpain(['read', 'risk-factors', '--format', 'terminal', '--width', '24'], { env: { FORCE_COLOR: '1' } }).stdout;
    const lines = out.split('\n');
    const heading = lines.findIndex((l) => l.includes('What raises'));
    expect(lines[heading]?.endsWith(`${ESC}[0m`)).toBe(true);
    expect(lines[heading + 1]?.trimStart().startsWith(ESC)).toBe(true);
    expect(lines[heading + 1]).toContain(`${ESC}[1m`);
  });
});

describe('prose wraps at 100 columns at most on a wide terminal', () => {
  it('COLUMNS=200 gives lines of 100 at most; --width 200 still gives 200', () => {
    expect(longest(backpain(['read', 'causes', '--format', 'text'], { env: { COLUMNS: '200' } }).stdout)).toBeLessThanOrEqual(100);
    expect(longest(backpain(['read', 'causes', '--format', 'text', '--width', '200']).stdout)).toBeGreaterThan(100);
  });

  it('"Read next" titles that wrap indent under themselves; too narrow for two columns, they go under the command', () => {
    const read = (width: number): string[] => {
      const out = backpain(['check', '--yes', 'one-leg-pain', '--width', String(width)]).stdout;
      return out.slice(out.indexOf('Read next')).split('\n\n')[0]?.split('\n').slice(1) ?? [];
    };
    const at50 = read(50);
    const title = (at50[0] ?? '').indexOf('What is');
    expect(title).toBeGreaterThan(20);
    for (const line of at50.filter((l) => !l.includes('backpain read'))) expect(line.search(/\S/)).toBe(title);
    const at40 = read(40);
    expect(at40[0]).toBe('  backpain read sciatica');
    expect(at40[1]).toBe('      What is sciatica?');
  });
});

describe('help', () => {
  it('help help works', () => {
    const result = backpain(['help', 'help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: backpain help [command]');
  });

  it('the jq example in list --help is quoted, so no shell globs it', () => {
    expect(backpain(['list', '--help']).stdout).toContain("$ backpain list treatments --json | jq -r '.[].name'");
  });
});

describe('search matches at word starts and simple word forms', () => {
  const ids = (...words: string[]): string[] => (JSON.parse(backpain(['search', ...words, '--json']).stdout) as { id: string }[]).map((h) => h.id);

  it('"sit" does not match "obesity" or "visit"', () => {
    const obesity = ids('obesity');
    expect(obesity).toEqual(['risk-factors']);
    for (const hit of JSON.parse(backpain(['search', 'sit', '--json']).stdout) as { snippet: string }[]) expect(hit.snippet).toMatch(/\b[Ss]it/);
    expect(ids('sit')).not.toContain('doctor');
  });

  it('"numbness" finds "numb", and "sitting" finds "sit"', () => {
    expect(ids('numbness')).toEqual(expect.arrayContaining(ids('numb')));
    expect(ids('sitting')).toContain('treatments');
    expect(JSON.stringify(JSON.parse(backpain(['search', 'sitting', '--json']).stdout))).toMatch(/not sit or lie down/);
  });
});
