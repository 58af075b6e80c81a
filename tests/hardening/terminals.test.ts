import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { stripAnsi } from '../../src/render/wrap.js';
import { BIN, ESC, backpain } from '../support/cli.js';

const COMMANDS = [
  ['read', '--format', 'text'],
  ['read', 'treatments', '--format', 'terminal'],
  ['list', 'red-flags', '--format', 'text'],
  ['sections', '--format', 'text'],
  ['search', 'nerve', '--format', 'text'],
  ['check', '--yes', 'one-leg-pain,age'],
  ['sources'],
];

/** Lines wider than `width` that could have been broken (they hold a space after their indent). */
function overlong(text: string, width: number): string[] {
  return stripAnsi(text)
    .split('\n')
    .filter((line) => [...line].length > width && /\S\s+\S/.test(line.replace(/^\s*(?:[-*•]|\d+\.)?\s*/, '')));
}

describe('widths from 20 to 300 columns', () => {
  it.each([20, 27, 40, 80, 133, 300])('--width %i: no line longer than the width', (width) => {
    for (const args of COMMANDS) {
      const result = backpain([...args, '--width', String(width)], { env: { FORCE_COLOR: '1' } });
      expect([args.join(' '), result.code]).toEqual([args.join(' '), 0]);
      expect([args.join(' '), overlong(result.stdout, width)]).toEqual([args.join(' '), []]);
    }
  });

  it.each([20, 55, 300])('COLUMNS=%i sets the width', (width) => {
    for (const args of COMMANDS) expect(overlong(backpain(args, { env: { COLUMNS: String(width) } }).stdout, width)).toEqual([]);
  });

  it.each([[25], [90]])("a terminal's own width (%i columns)", (width) => {
    const command = `stty rows 500 cols ${width}; "${process.execPath}" "${BIN}" read causes --no-pager`;
    const result = spawnSync('script', ['-qec', command, '/dev/null'], { encoding: 'utf8', input: '', env: { ...process.env, COLUMNS: '' } });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(ESC);
    expect(overlong(result.stdout.replace(/\r/g, ''), width)).toEqual([]);
  });
});

describe('colour settings', () => {
  it('TERM=dumb on a terminal gives no escapes', () => {
    const command = `"${process.execPath}" "${BIN}" list causes --no-color; TERM=dumb "${process.execPath}" "${BIN}" list causes`;
    const result = spawnSync('script', ['-qec', command, '/dev/null'], { encoding: 'utf8', input: '', env: { ...process.env, TERM: 'dumb' } });
    expect(result.stdout).toContain('Herniated disc');
    expect(result.stdout).not.toContain(ESC);
  });

  it('NO_COLOR gives no escapes, FORCE_COLOR=3 gives colour on a pipe', () => {
    for (const args of COMMANDS) {
      expect(backpain(args, { env: { NO_COLOR: '1' } }).stdout).not.toContain(ESC);
      const at = args.indexOf('--format');
      const plain = at < 0 ? args : [...args.slice(0, at), ...args.slice(at + 2)];
      expect([plain.join(' '), backpain(plain, { env: { FORCE_COLOR: '3' } }).stdout.includes(ESC)]).toEqual([plain.join(' '), true]);
    }
  });
});
