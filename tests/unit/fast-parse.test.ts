// fastParse reads plain command lines without loading commander. Whatever it accepts, commander
// must read the same way: the same command, arguments and flags. What it declines goes to
// commander, so declining is always safe; accepting wrongly is the bug these tests look for.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/commands/table.js';
import { fastParse } from '../../src/cli/fast-parse.js';
import { OUTPUT_OPTIONS, optionsOf } from '../../src/core/spec.js';
import { commanderReading } from '../support/commander-parse.js';
import { argv as fuzzedArgv } from '../hardening/args.js';

/** Holds fastParse's reading of `argv`, if it has one, to commander's. True when fastParse read it. */
async function agreesWithCommander(argv: readonly string[]): Promise<boolean> {
  const fast = fastParse(argv, COMMANDS);
  if (!fast) return false;
  const commander = await commanderReading(argv);
  expect(commander.error, `commander rejects ${JSON.stringify(argv)}, which fastParse accepted`).toBeUndefined();
  expect(commander.parsed, JSON.stringify(argv)).toEqual(fast);
  return true;
}

// The command lines people and scripts type most: these must not load commander.
const PLAIN: readonly (readonly string[])[] = [
  ['read'], ['read', 'causes', '8'], ['read', '--format', 'terminal'], ['read', '--format=text', '--width', '60'], ['read', '--no-pager', 'sciatica'],
  ['read', '--format', 'html', '--output', 'handout.html', '--force'], ['read', 'help'], ['read', ''],
  ['sections'], ['sections', '--json'], ['sections', '--no-color'], ['sections', '--color', '--no-color'],
  ['list', 'causes', '--json'], ['list', '--format', 'tsv', 'red-flags'], ['list', 'nonsense'], ['list', '-'],
  ['search', 'nerve', 'pain'], ['search', 'sitting', '--width=45'],
  ['check', '--yes', 'pregnancy', '--json'], ['check', '--answers', '-'], ['check', '--questions', '--format', 'tsv'], ['check', '--yes=-x'],
  ['sources', '--format', 'markdown'], ['completion', 'bash'], ['completion', 'tcsh'],
  // Values are checked after parsing, on both paths alike: these parse, then fail as usage errors.
  ['--no-color', 'read'], ['--lang', 'es', 'read', 'causes'], ['--lang=es', '--color', 'list', 'causes', '--json'], ['read', '--lang', 'es'], ['--lang', 'en', 'read', '--lang', 'es'],
  ['read', '--format', 'pdf'], ['read', '--format', 'tsv'], ['read', '--width', '10'], ['read', '--width=', '40'],
];

// Lines fastParse leaves to commander: help, version, short flags, `--`, typos, bad values, arity.
const LEFT_TO_COMMANDER: readonly (readonly string[])[] = [
  [], ['help'], ['help', 'read'], ['--help'], ['read', '--help'], ['read', '-h'], ['read', '-V'], ['--version', 'read'], ['--json', 'read'], ['--lang', 'es'],
  ['lst'], ['read', '-o', 'x.md'], ['read', '--', 'causes'], ['read', '--jsn'],
  ['read', '--width'], ['read', '--json=true'], ['read', '--pager'],
  ['sections', 'extra'], ['list'], ['list', 'causes', 'treatments'], ['search'], ['check', '--yes'], ['check', '--yes', '--color'],
  ['check', '--no-pager'], ['completion'], ['completion', 'bash', '--json'], ['read', '-1'], ['read', '--format', '--json'],
];

describe('fastParse', () => {
  it.each(PLAIN)('reads %j as commander does, without commander', async (...argv) => {
    expect(await agreesWithCommander(argv)).toBe(true);
  });

  it.each(LEFT_TO_COMMANDER)('leaves %j to commander', (...argv) => {
    expect(fastParse(argv, COMMANDS)).toBeUndefined();
  });

  it('gives the flags their types and defaults as commander does: numbers, negations, the last one given', () => {
    expect(fastParse(['read', '--width', '60', '--no-color', '--color'], COMMANDS)).toEqual({ name: 'read', args: [], flags: { width: '60', color: true, pager: true } });
    expect(fastParse(['read', '--no-pager'], COMMANDS)?.flags).toEqual({ pager: false });
    expect(fastParse(['sections'], COMMANDS)?.flags).toEqual({});
  });

  it('knows every long output flag of every command that prints data', () => {
    for (const spec of COMMANDS.filter((c) => c.formats.length > 0)) {
      const flags = optionsOf(spec)
        .filter((o) => OUTPUT_OPTIONS.includes(o))
        .map((o) => /--[a-z]+/.exec(o.flags)?.[0] ?? '');
      const format = spec.formats.includes('json') ? 'json' : (spec.formats[0] ?? '');
      const values: Record<string, string[]> = { '--format': [format], '--width': ['40'], '--output': [`out.${format}`] };
      const argv = [spec.name, ...(spec.args.startsWith('<') ? ['x'] : []), ...flags.flatMap((f) => [f, ...(values[f] ?? [])])];
      expect(fastParse(argv, COMMANDS), argv.join(' ')).toBeDefined();
    }
  });

  it('agrees with commander on fuzzed command lines, and reads a fair share of them itself', async () => {
    const FLAGS = ['--json', '--format', '--width', '--output', '--force', '--no-pager', '--questions', '--yes', '--answers', '--color', '--no-color'];
    const VALUES = ['json', 'text', 'terminal', 'markdown', 'tsv', 'html', 'pdf', '40', '300', '19', 'x', '', '-', '-x', '--', 'age', 'out.md', '=', 'help'];
    const token = fc.oneof(
      { weight: 2, arbitrary: fc.constantFrom(...FLAGS) },
      { weight: 2, arbitrary: fc.constantFrom(...VALUES) },
      fc.tuple(fc.constantFrom(...FLAGS), fc.constantFrom(...VALUES)).map(([flag, value]) => `${flag}=${value}`),
    );
    const line = fc.oneof(
      fc.tuple(fc.constantFrom(...COMMANDS.map((c) => c.name)), fc.array(token, { maxLength: 6 })).map(([name, rest]) => [name, ...rest]),
      fuzzedArgv,
    );
    let read = 0;
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(line, async (argv) => {
        runs += 1;
        if (await agreesWithCommander(argv)) read += 1;
      }),
      { numRuns: 10_000 },
    );
    // Not a target, a sign the property tests something: a parser that declined all would pass it.
    expect(read / runs).toBeGreaterThan(0.1);
  });
});
