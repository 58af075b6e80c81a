import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { createRun } from '../../src/cli/run.js';
import { builtData } from '../support/cli.js';

const run = createRun(builtData);
import { BIN, backpain } from '../support/cli.js';
import { fakeIo } from '../support/fake-io.js';
import { rawControls } from './args.js';

// ESC sequences (CSI, OSC with BEL), a bare BEL, 8-bit CSI, a quote to unbalance quoting, and
// a right-to-left override that would make the echo read backwards.
const EVIL = ['\u001b[2J\u001b[31mevil', '\u001b]0;pwned\u0007', 'bell\u0007', '\u009b31mcsi', "it's\u001b[1m'x", '\u202eevil'];
// eslint-disable-next-line no-control-regex -- the point is to find raw control characters
const RAW = /[\u0007\u001b\u009b\u202e]/;

const cases: [string, (evil: string) => string[], string?][] = [
  ['unknown section', (e) => ['read', e]],
  ['unknown list kind', (e) => ['list', e]],
  ['unknown command', (e) => [e]],
  ['unknown command in quotes', (e) => [`'${e}'`]],
  ['help for an unknown command', (e) => ['help', e]],
  ['unknown option', (e) => ['sections', `--${e}`]],
  ['unknown short option', (e) => ['read', `-${e}`]],
  ['option value after =', (e) => ['list', `--format=${e}`]],
  ['output file name', (e) => ['sections', '-o', `/nonexistent/${e}`]],
  ['unknown shell', (e) => ['completion', e]],
  ['bad format', (e) => ['read', '--format', e]],
  ['bad width', (e) => ['read', '--width', e]],
  ['search term with no match', (e) => ['search', e]],
  ['answer id in --yes', (e) => ['check', '--yes', e]],
  ['answers file path', (e) => ['check', '--answers', `/nonexistent/${e}`]],
  ['answer id in JSON', () => ['check', '--answers', '-'], 'json'],
];

describe('nothing the user typed can drive the terminal', () => {
  // Every case with every sequence, in-process, on a pipe and on a colour terminal.
  for (const [name, args, mode] of cases) {
    it.each(EVIL)(`${name}: %j`, async (evil) => {
      for (const tty of [false, true]) {
        const io = fakeIo({ tty, env: tty ? { FORCE_COLOR: '3' } : {}, stdin: mode === 'json' ? JSON.stringify({ [evil]: true }) : '' });
        expect(await run(args(evil), io)).not.toBe(0);
        expect(io.err()).not.toMatch(RAW);
        expect(io.err().length).toBeGreaterThan(10);
        expect(io.out()).not.toMatch(RAW);
      }
    });
  }

  // Every case once more in the built CLI, with all the sequences in one argument.
  it.each(cases)('%s, in the built CLI', (_, args, mode) => {
    const evil = EVIL.join('');
    for (const env of [{}, { FORCE_COLOR: '1' }]) {
      const result = backpain(args(evil), { env, input: mode === 'json' ? JSON.stringify({ [evil]: true }) : '' });
      expect(result.code).not.toBe(0);
      expect(result.stderr).not.toMatch(RAW);
      expect(result.stderr.length).toBeGreaterThan(10);
      expect(result.stdout).not.toMatch(RAW);
    }
  });

  it('shows control characters as visible escapes', () => {
    expect(backpain(['read', 'x\u001by']).stderr).toContain("'x\\x1by'");
    expect(backpain(['read', '--format', "a'\u001b[31mb"]).stderr).toContain("'a'\\x1b[31mb'");
    expect(backpain(['list', '\u202eevil']).stderr).toContain("'\\u202eevil'");
  });

  it('shortens a very long echo, even one full of escapes', () => {
    const result = backpain(['read', `--format=${'\u001b'.repeat(5000)}`]);
    expect(result.stderr.length).toBeLessThan(300);
    expect(result.stderr).toMatch(/'(?:\\x1b)+…'/);
  });

  it('on a terminal too: nothing typed reaches the screen raw', () => {
    const runs = [
      ['read', '\u001b[2J\u001b]0;pwned\u0007'],
      ['search', '\u001b[31mnerve'],
      ['list', "it's\u001b[1m'x"],
      ['\u009b2J'],
      ['check', '--yes', 'pregnancy,\u001b[5m'],
      ['read', '\u202eevil'],
    ];
    // The arguments travel in environment variables, so no shell quoting can change them.
    const env: Record<string, string> = { ...process.env, TERM: 'xterm-256color', FORCE_COLOR: '', NO_COLOR: '' };
    const lines = runs.map((args, i) => {
      args.forEach((arg, j) => (env[`EVIL_${i}_${j}`] = arg));
      return `"${process.execPath}" "${BIN}" ${args.map((_, j) => `"$EVIL_${i}_${j}"`).join(' ')}`;
    });
    const command = `stty cols 80 rows 40; ${lines.join('; ')}`;
    const result = spawnSync('script', ['-qec', command, '/dev/null'], { encoding: 'utf8', input: '', env });
    expect(result.stdout).toContain("'\\x9b2J'");
    expect(result.stdout.match(/^backpain: /gm)).toHaveLength(runs.length);
    expect(rawControls(result.stdout.replace(/\r/g, ''), true)).toEqual([]);
    expect(result.stdout).not.toMatch(RAW);
  });
});
