// parseWithCommander builds only the command argv starts with (a start-up saving, see commandFirst). That must
// never change what commander does: the same help, parsed arguments and flags, and errors.
import { describe, expect, it } from 'vitest';
import { commandFirst } from '../../src/cli/program.js';
import { COMMANDS } from '../../src/cli/spec.js';
import { commanderReading as parse } from '../support/commander-parse.js';

const TAILS: readonly (readonly string[])[] = [
  [], ['--help'], ['-h'], ['--json'], ['--format', 'json'], ['--format', 'bogus'], ['--bogus'], ['--jsn'], ['-V'], ['--version'],
  ['--width', '10'], ['--width', '40'], ['--output'], ['-o', 'x.md', '--force'], ['--color'], ['--no-color'], ['--no-pager'],
  ['causes', '8'], ['help'], ['--', '--json'], ['--yes', 'age'], ['--answers', '-', '--questions'], ['bash'], ['sitting', 'nerve'],
];

describe('building only the command argv starts with', () => {
  it('finds the command only when it comes first', () => {
    expect(commandFirst(['list', 'causes'])).toBe('list');
    expect(commandFirst(['--no-color', 'list'])).toBeUndefined();
    expect(commandFirst(['--help', 'read'])).toBeUndefined();
    expect(commandFirst(['help', 'read'])).toBeUndefined();
    expect(commandFirst(['lst'])).toBeUndefined();
    expect(commandFirst([])).toBeUndefined();
  });

  it('gives the same help, arguments, flags and errors as building every command', async () => {
    for (const spec of COMMANDS) {
      for (const tail of TAILS) {
        const argv = [spec.name, ...tail];
        const only = commandFirst(argv);
        expect(only).toBe(spec.name);
        expect(await parse(argv, only), argv.join(' ')).toEqual(await parse(argv, undefined));
      }
    }
  });

  it('can tell the difference: the program help lists options only for commands that have them', async () => {
    const full = (await parse(['--help'], undefined)).written.join('');
    const partial = (await parse(['--help'], 'read')).written.join('');
    expect(full).toMatch(/sections \[options\]/);
    expect(partial).not.toEqual(full);
  });
});
