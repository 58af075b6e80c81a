// A command is one entry of src/cli/commands.ts: everything else about it is derived from that
// entry. These tests hold each derived place to the table, and add a command to the table (and
// nothing else) to show it appears everywhere.
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it, vi } from 'vitest';
import { commandWord } from '../../src/core/command-line.js';
import { EVERYWHERE_OPTIONS, longName, takesValue } from '../../src/core/spec.js';
import { en } from '../../src/messages/en.js';
import { fakeIo } from '../support/fake-io.js';

// A command that exists only in this test: one more entry in the table, with its words.
const HELLO = {
  name: 'hello',
  args: '[name]',
  formats: ['terminal', 'text', 'json'],
  pipe: 'text',
  examples: ['backpain hello', 'backpain hello --json'],
  complete: 'none',
  load: async () => (ctx: { out: { format: string } }, args: readonly string[]) => ({ stdout: ctx.out.format === 'json' ? `${JSON.stringify({ hello: args[0] ?? 'world' })}\n` : `hello ${args[0] ?? 'world'}\n`, code: 0 }),
};
const HELLO_WORDS = { summary: 'say hello', description: 'Says hello, to show a command is one entry.', examples: ['greet the world', 'as JSON'], missing: '' };

vi.mock('../../src/cli/commands.js', async (original) => {
  const real = await original<typeof import('../../src/cli/commands.js')>();
  const COMMANDS = [...real.COMMANDS, HELLO];
  const COMMAND_NAMES = COMMANDS.map((c) => c.name);
  return { ...real, COMMANDS, COMMAND_NAMES, commandNamed: (name: string | undefined) => COMMANDS.find((c) => c.name === name), topExamples: () => COMMANDS.filter((c) => c.formats.length > 0).map((c) => ({ command: c.name, index: 0, line: c.examples[0] ?? '' })) };
});
vi.mock('backpain:data', async (original) => {
  const real = await original<typeof import('../support/data-from-disk.js')>();
  return { ...real, loadMessages: () => ({ ...en, commands: { ...en.commands, hello: HELLO_WORDS } }) };
});

const { COMMANDS } = await import('../../src/cli/commands.js');
const { createRun } = await import('../../src/cli/run.js');
const { completionScript } = await import('../../src/cli/completion.js');
const { renderMan } = await import('../../src/build/man-page.js');
const { fastParse } = await import('../../src/cli/fast-parse.js');
const { default: guide } = await import('../support/guide-from-disk.js');
const words = { ...en, commands: { ...en.commands, hello: HELLO_WORDS } };
const run = createRun();

async function cli(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = fakeIo();
  const code = await run(argv, io);
  return { code, out: io.out(), err: io.err() };
}

describe('adding a command is adding its entry', () => {
  it('runs, with the formats and pipe format its entry gives, read without commander', async () => {
    expect(fastParse(['hello', 'Ana', '--json'], COMMANDS)).toEqual({ name: 'hello', args: ['Ana'], flags: { json: true } });
    expect(await cli(['hello'])).toEqual({ code: 0, out: 'hello world\n', err: '' });
    expect(await cli(['hello', 'Ana', '--json'])).toEqual({ code: 0, out: '{"hello":"Ana"}\n', err: '' });
    expect((await cli(['hello', '--format', 'tsv'])).err).toMatch(/no 'tsv' format\. Use --format with one of: terminal, text, json/);
    expect((await cli(['hello', '-o', 'x.md'])).err).toMatch(/cannot write '\.md' files/);
  });

  it('has help, from its words: listed in --help, its own --help and `help hello`', async () => {
    expect((await cli(['--help'])).out).toMatch(/hello \[options\] \[name\] +say hello/);
    const own = (await cli(['hello', '--help'])).out;
    expect(own).toMatch(/^Examples:\n {2}\$ backpain hello +# greet the world/);
    expect(own).toContain('Says hello, to show a command is one entry.');
    expect(own).toContain('--format <format>');
    expect((await cli(['help', 'hello'])).out).toBe(own);
    expect((await cli(['helo'])).err).toMatch(/Did you mean 'hello'\?/);
  });

  it('is completed by every shell and described in the man page', () => {
    const sections = guide.sections.map((s) => s.id);
    expect(completionScript('bash', { sections, messages: words })).toMatch(/\n {4}hello\)\n/);
    expect(completionScript('zsh', { sections, messages: words })).toContain("'hello:say hello'");
    expect(completionScript('fish', { sections, messages: words })).toContain("-a hello -d 'say hello'");
    expect(renderMan('9.9.9', guide.sources, words)).toContain('.SS "backpain hello [name]"');
  });
});

describe('the built CLI follows the table', () => {
  const meta = JSON.parse(readFileSync(new URL('../../.build/meta.json', import.meta.url), 'utf8')) as { outputs: Record<string, unknown> };
  const real = COMMANDS.filter((c) => (c.name as string) !== 'hello');

  it('has one file per command of the table, and one with them all, and no other', () => {
    const files = Object.keys(meta.outputs).filter((f) => f.startsWith('dist/commands/')).sort();
    expect(files).toEqual([...real.map((c) => `dist/commands/${c.name}.cjs`), 'dist/commands/all.cjs'].sort());
  });

  it('the build makes a file for each command in the table and no other, and bin/backpain.js picks it as commandWord does', () => {
    const files = readdirSync(new URL('../../dist/commands/', import.meta.url)).filter((f) => f.endsWith('.cjs'));
    expect(files.sort()).toEqual([...real.map((c) => `${c.name}.cjs`), 'all.cjs'].sort());
    const { fileFor } = createRequire(import.meta.url)('../../bin/backpain.js') as { fileFor: (args: readonly string[]) => string };
    const names: readonly string[] = real.map((c) => c.name);
    const expected = (args: readonly string[]): string => {
      if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) return 'version';
      const word = commandWord(args);
      return word !== undefined && /^[a-z]+$/.test(word) ? word : 'all';
    };
    const pieces = [...names, 'nope', '--lang', 'es', '--lang=es', '--color', '--no-color', '--accessible', '--json', '-o', 'x', '--', '-V', '--version', 'Read', '../x'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 6 }), (args) => {
        expect(fileFor(args)).toBe(expected(args));
      }),
      { numRuns: 3000 },
    );
    // Its own list of the options that may come first is the table's.
    for (const option of EVERYWHERE_OPTIONS) expect(fileFor([`--${longName(option)}`, ...(takesValue(option) ? ['x'] : []), 'read'])).toBe('read');
  });

  it('every command in the table has its words in the catalog: summary, description, one line per example', () => {
    for (const entry of real) {
      const w = en.commands[entry.name];
      expect(w.summary.length, entry.name).toBeGreaterThan(5);
      expect(w.examples.length, entry.name).toBe(entry.examples.length);
      if (entry.args.startsWith('<') && entry.complete !== 'none') expect(w.missing, entry.name).toMatch(/\{values\}/);
    }
  });
});
