// The accessible mode and the colours, as a user of a screen reader, a braille display, or a light
// or dark terminal meets them.
import { describe, expect, it } from 'vitest';
import { backpain } from '../support/cli.js';

const TEXT_COMMANDS: string[][] = [['read'], ['read', 'warning-signs'], ['list', 'red-flags'], ['list', 'urgent-signs'], ['sections'], ['check', '--yes', 'fever'], ['check', '--yes', 'pee-start'], ['check', '--questions'], ['sources'], ['search', 'pain']];

describe('--accessible, ACCESSIBLE=1 and BACKPAIN_ACCESSIBLE=1', () => {
  it('mark warning signs by words, with no [!] symbol, no box-drawing, and no lines broken by the tool', () => {
    for (const args of TEXT_COMMANDS) {
      for (const format of ['text', 'terminal']) {
        const out = backpain([...args, '--accessible', '--format', format, '--width', '40']).stdout;
        expect(out, args.join(' ')).not.toContain('[!]');
        expect(out, args.join(' ')).not.toMatch(/[\u2500-\u257f]/);
      }
    }
    const red = backpain(['list', 'red-flags', '--accessible', '--format', 'text']).stdout;
    expect(red).toMatch(/^1\. Emergency: Both legs {2}\(both-legs\)$/m);
    expect(backpain(['list', 'urgent-signs', '--accessible', '--format', 'text']).stdout).toMatch(/^1\. Today: Fever {2}\(fever\)$/m);
    // One idea per line: a step of the result is one line, whatever its length.
    const result = backpain(['check', '--yes', 'pee-start', '--accessible']).stdout.split('\n');
    expect(result[0]).toBe('Emergency: call 999, 911 or 112 now');
    expect(result[2]).toMatch(/^ {2}1\. Call 999, 911 or 112 now, or go straight to an emergency department \(A&E in the UK\)\.$/);
  });

  it('is the same from the environment, and off with 0, false or empty', () => {
    const flag = backpain(['list', 'red-flags', '--accessible']).stdout;
    for (const env of [{ ACCESSIBLE: '1' }, { BACKPAIN_ACCESSIBLE: '1' }, { ACCESSIBLE: 'true' }]) expect(backpain(['list', 'red-flags'], { env }).stdout).toBe(flag);
    for (const env of [{ ACCESSIBLE: '0' }, { ACCESSIBLE: 'false' }, { BACKPAIN_ACCESSIBLE: '' }]) expect(backpain(['list', 'red-flags'], { env }).stdout).toContain('[!]');
  });

  it('leaves JSON as data, and names warnings in words in every mode', () => {
    expect(backpain(['list', 'red-flags', '--json', '--accessible']).stdout).toBe(backpain(['list', 'red-flags', '--json']).stdout);
    for (const name of backpain(['list', 'red-flags']).stdout.trimEnd().split('\n').map((l) => l.split('\t')[1])) expect(name).toMatch(/^\[!\] Emergency: /);
  });

  it('is in the help', () => {
    expect(backpain(['--help']).stdout).toContain('--accessible');
    expect(backpain(['check', '--help']).stdout).toContain('--accessible');
  });
});

describe('colours', () => {
  // The SGR codes the tool may send: reset, bold, dim, italic, underline and their ends, and the
  // foreground colours that read on light and dark terminals. No background, no 256 or true colour.
  const ALLOWED = new Set(['0', '1', '2', '3', '4', '22', '23', '24', '31', '32', '35', '39']);

  it.each([['1'], ['2'], ['3']])('only basic foreground colours, never a background, at FORCE_COLOR=%s', (level) => {
    for (const args of [...TEXT_COMMANDS.map((a) => [...a, '--format', 'terminal']), ['--help'], ['list', '--help']]) {
      const out = backpain(args, { env: { FORCE_COLOR: level } }).stdout;
      // eslint-disable-next-line no-control-regex -- reads the escape codes themselves
      const codes = [...out.matchAll(/\u001b\[([0-9;]*)m/g)].flatMap((m) => (m[1] ?? '').split(';'));
      for (const code of codes) expect(ALLOWED.has(code), `${args.join(' ')}: SGR ${code}`).toBe(true);
    }
  });

  it('a warning is never marked by bold alone: red, the [!] marker and its word', () => {
    const out = backpain(['list', 'red-flags', '--format', 'terminal'], { env: { FORCE_COLOR: '1' } }).stdout;
    expect(out).toContain('\u001b[31m');
    expect(out).toMatch(/\[!\] Emergency: Both legs/);
  });
});
