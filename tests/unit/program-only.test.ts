// Each command's file of the CLI reads the command line with its own spec only (createRun(['read'])
// in dist/commands/read.cjs). That must never change what a line means: the same arguments,
// flags and errors as reading it with every command.
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/commands.js';
import { parseWithCommander } from '../../src/cli/commander-parse.js';
import { fastParse } from '../../src/cli/fast-parse.js';

const TAILS: readonly (readonly string[])[] = [
  [], ['--json'], ['--format', 'json'], ['--format', 'bogus'], ['--bogus'], ['--jsn'], ['-V'],
  ['--width', '10'], ['--width', '40'], ['--output'], ['-o', 'x.md', '--force'], ['--color'], ['--no-color'], ['--no-pager'],
  ['causes', '8'], ['help'], ['--', '--json'], ['--yes', 'pregnancy'], ['--answers', '-', '--questions'], ['bash'], ['sitting', 'nerve'],
];

async function reading(argv: readonly string[], specs: typeof COMMANDS): Promise<unknown> {
  const fast = fastParse(argv, specs);
  if (fast) return { fast };
  try {
    return { commander: await parseWithCommander(argv, specs) };
  } catch (error) {
    const { key, vars, hint } = error as { key?: unknown; vars?: unknown; hint?: unknown };
    return { error: { key, vars, hint } };
  }
}

describe('reading a line with its own command only', () => {
  it('gives the same arguments, flags and errors as reading it with every command', async () => {
    for (const spec of COMMANDS) {
      for (const tail of TAILS) {
        const argv = [spec.name, ...tail];
        expect(await reading(argv, [spec]), argv.join(' ')).toEqual(await reading(argv, COMMANDS));
      }
    }
  });

  it('can tell the difference: another command is not known to one command\'s file', async () => {
    expect(await reading(['list', 'causes'], COMMANDS.filter((c) => c.name === 'read'))).toMatchObject({ error: { key: 'unknownCommand' } });
  });
});
