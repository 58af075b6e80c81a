import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRun } from '../../src/cli/run.js';
import { builtData } from '../support/cli.js';

const run = createRun(builtData);
import { stripAnsi } from '../../src/render/wrap.js';
import { BIN, ESC, backpain } from '../support/cli.js';
import { fakeIo } from '../support/fake-io.js';

const COMMANDS = [
  ['read', '--format', 'text'],
  ['read', 'treatments', '--format', 'terminal'],
  ['list', 'red-flags', '--format', 'text'],
  ['sections', '--format', 'text'],
  ['search', 'nerve', '--format', 'text'],
  ['check', '--yes', 'one-leg-pain,pregnancy'],
  ['sources'],
];

/**
 * Lines wider than `width` that could have been broken (they hold a space after their indent).
 * An example command in help (`  $ backpain ...`) is kept whole on purpose: it is for copying.
 */
function overlong(text: string, width: number): string[] {
  return stripAnsi(text)
    .split('\n')
    .filter((line) => [...line].length > width && !/^\s*\$ backpain /.test(line) && /\S\s+\S/.test(line.replace(/^\s*(?:[-*•#]|\d+\.)?\s*/, '')));
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

/** Every command whose output is laid out for a width (the text and terminal formats). */
const LAID_OUT = [
  ['read'],
  ...['overview', 'causes', 'treatments', 'warning-signs', 'doctor'].map((id) => ['read', id]),
  ['sections'],
  ...['causes', 'treatments', 'risk-factors', 'red-flags', 'symptoms'].map((kind) => ['list', kind]),
  ['search', 'nerve'],
  ['search', 'pain'],
  ['check', '--questions'],
  ['check', '--yes', 'pregnancy,one-leg-pain'],
  ['check', '--yes', 'pee-start'],
  ['sources'],
];

describe('any width from 20 to 300, in-process', () => {
  it('--width, COLUMNS or the terminal size: no line longer than the width, never a crash', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...LAID_OUT),
        fc.integer({ min: 20, max: 300 }),
        fc.constantFrom('--width', 'COLUMNS', 'terminal'),
        fc.constantFrom('text', 'terminal'),
        async (args, width, how, format) => {
          const tty = how === 'terminal';
          const io = fakeIo({ tty, env: how === 'COLUMNS' ? { COLUMNS: String(width), FORCE_COLOR: '1' } : { FORCE_COLOR: '1' } });
          io.stdout.columns = tty ? width : 80;
          const code = await run([...args, '--format', format, ...(how === '--width' ? ['--width', String(width)] : [])], io);
          expect(io.err()).toBe('');
          expect(code).toBe(0);
          expect(overlong(io.out(), width)).toEqual([]);
        },
      ),
      { numRuns: 400 },
    );
  });
});

/** Help in every form: short help, the full help, each command's help, `help <command>`. */
const HELP = [[], ['--help'], ...['read', 'sections', 'list', 'search', 'check', 'sources', 'completion'].flatMap((c) => [[c, '--help'], ['help', c]])];

describe('help at any width from 20 to 300', () => {
  it('COLUMNS, the terminal size or --width: no line longer than the width, but for example commands', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...HELP), fc.integer({ min: 20, max: 300 }), fc.constantFrom('--width', 'COLUMNS', 'terminal'), async (args, width, how) => {
        // --width is an option of each command, so it goes with a command's own help.
        const flag = how === '--width' && args.includes('--help') && args.length === 2 ? ['--width', String(width)] : [];
        const tty = how === 'terminal';
        const io = fakeIo({ tty, env: how === 'COLUMNS' || (how === '--width' && flag.length === 0) ? { COLUMNS: String(width) } : {} });
        io.stdout.columns = tty ? width : 80;
        expect(await run([...args, ...flag], io)).toBe(0);
        expect(io.out()).toMatch(/Examples:/);
        expect(overlong(io.out(), Math.min(width, 100))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('colour settings', () => {
  it('TERM=dumb on a terminal gives no escapes', () => {
    const command = `"${process.execPath}" "${BIN}" list causes --no-color; TERM=dumb "${process.execPath}" "${BIN}" list causes`;
    const result = spawnSync('script', ['-qec', command, '/dev/null'], { encoding: 'utf8', input: '', env: { ...process.env, TERM: 'dumb' } });
    expect(result.stdout).toContain('Herniated disc');
    expect(result.stdout).not.toContain(ESC);
  });

  it('NO_COLOR gives no escapes; FORCE_COLOR=3 colours the terminal format on a pipe, and never changes what a pipe gets', () => {
    for (const args of COMMANDS) {
      expect(backpain(args, { env: { NO_COLOR: '1' } }).stdout).not.toContain(ESC);
      const at = args.indexOf('--format');
      const plain = at < 0 ? args : [...args.slice(0, at), ...args.slice(at + 2)];
      const terminal = [...plain, '--format', 'terminal'];
      expect([terminal.join(' '), backpain(terminal, { env: { FORCE_COLOR: '3' } }).stdout.includes(ESC)]).toEqual([terminal.join(' '), true]);
      expect([plain.join(' '), backpain(plain, { env: { FORCE_COLOR: '3' } }).stdout]).toEqual([plain.join(' '), backpain(plain).stdout]);
    }
  });
});
