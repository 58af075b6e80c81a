// A command is one entry of src/commands/table.ts: everything else about it is derived from that
// entry. These tests hold each derived place to the table, and add a command to the table (and
// nothing else) to show it appears everywhere.
import { describe, expect, it, vi } from 'vitest';
import { en } from '../../src/messages/en.js';
import { builtData } from '../support/cli.js';
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

vi.mock('../../src/commands/table.js', async (original) => {
  const real = await original<typeof import('../../src/commands/table.js')>();
  const COMMANDS = [...real.COMMANDS, HELLO];
  const COMMAND_NAMES = COMMANDS.map((c) => c.name);
  return { ...real, COMMANDS, COMMAND_NAMES, commandNamed: (name: string | undefined) => COMMANDS.find((c) => c.name === name), topExamples: () => COMMANDS.filter((c) => c.formats.length > 0).map((c) => ({ command: c.name, index: 0, line: c.examples[0] ?? '' })) };
});

const { COMMANDS } = await import('../../src/commands/table.js');
const { createRun } = await import('../../src/cli/run.js');
const { completionScript } = await import('../../src/commands/completion.js');
const { renderMan } = await import('../../src/cli/man-page.js');
const { fastParse } = await import('../../src/cli/fast-parse.js');
const { default: guide } = await import('../support/guide-from-disk.js');
const words = { ...en, commands: { ...en.commands, hello: HELLO_WORDS } };
// The catalog with the words of `hello`, as the build would write them.
const run = createRun({ ...builtData, data: (lang) => ({ ...builtData.data(lang), messages: words }) });

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
  const real = COMMANDS.filter((c) => (c.name as string) !== 'hello');

  it('every command in the table has its words in the catalog: summary, description, one line per example', () => {
    for (const entry of real) {
      const w = en.commands[entry.name];
      expect(w.summary.length, entry.name).toBeGreaterThan(5);
      expect(w.examples.length, entry.name).toBe(entry.examples.length);
      if (entry.args.startsWith('<') && entry.complete !== 'none') expect(w.missing, entry.name).toMatch(/\{values\}/);
    }
  });
});
