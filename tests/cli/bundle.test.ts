import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/commands.js';
import { en as messages } from '../../src/messages/en.js';
import { BIN, backpain } from '../support/cli.js';

// A cheap guard for start-up speed that times nothing: which of our files each command loads
// (Node's own module log, NODE_DEBUG=module), and which packages each file carries (esbuild's
// metafile). The figures themselves come from `npm run bench`.

interface Meta {
  outputs: Record<string, { inputs: Record<string, unknown> }>;
}

const meta = JSON.parse(readFileSync(new URL('../../.build/meta.json', import.meta.url), 'utf8')) as Meta;
const HEAVY = /node_modules\/(commander|chalk|marked|marked-terminal|@inquirer\/[^/]+|cli-highlight|highlight\.js|cli-table3)\//;
const PACKAGE_ROOT = dirname(dirname(BIN));
// Logs the command files the bin reads itself (it compiles them with their code cache).
const READS_PRELOAD = fileURLToPath(new URL('../support/reads-preload.cjs', import.meta.url));

function heavyPackages(file: string): string[] {
  const inputs = Object.keys(meta.outputs[file]?.inputs ?? {});
  if (inputs.length === 0) throw new Error(`the metafile has no output ${file}`);
  return [...new Set(inputs.map((input) => HEAVY.exec(input)?.[1]).filter((name): name is string => name !== undefined))].sort();
}

/** The package's own files a run of `backpain <args>` loads, in order, relative to the package. */
function filesLoaded(args: readonly string[], env: Record<string, string> = {}, exit = 0): string[] {
  const { stderr, code } = backpain(args, { env: { NODE_DEBUG: 'module', NODE_OPTIONS: `--require ${READS_PRELOAD}`, ...env } });
  expect(code).toBe(exit);
  // \S+ for the process id, which Node colours when FORCE_COLOR is set.
  const loads = [...stderr.matchAll(/^MODULE \S+: load "([^"]+)" for module/gm)].map((match) => match[1] ?? '');
  // Node's own loader reads a file with fs.readFileSync too: each file once, where first seen.
  return [...new Set(loads.filter((file) => file.startsWith(PACKAGE_ROOT) && file !== READS_PRELOAD).map((file) => relative(PACKAGE_ROOT, file)))];
}

describe('the bundle loads heavy modules only where they are needed', () => {
  const ENTRY = ['bin/backpain.js'];
  /** What a line starting with `command` loads first: the bin and that command's own file, which is the whole CLI for it. */
  const start = (command: string): string[] => [...ENTRY, `dist/commands/${command}.cjs`];

  it('`--version` reads the smallest file alone', () => {
    expect(filesLoaded(['--version'])).toEqual([...ENTRY, 'dist/cli.cjs']);
    expect(filesLoaded(['-V'])).toEqual([...ENTRY, 'dist/cli.cjs']);
  });

  it('a word that is no command loads the file with every command, which says what is close', () => {
    expect(filesLoaded(['lsit', 'causes'], {}, 2)).toEqual([...ENTRY, 'dist/commands/all.cjs', 'dist/lazy/commander.cjs', 'dist/lazy/errors.cjs']);
    expect(filesLoaded(['all'], {}, 2)).toEqual([...ENTRY, 'dist/commands/all.cjs', 'dist/lazy/commander.cjs', 'dist/lazy/errors.cjs']);
    expect(backpain(['../cli']).stderr).toMatch(/^backpain: unknown command '\.\.\/cli'/);
  });

  it.each([
    [['list', 'causes', '--json']],
    [['sections']],
    [['read']],
    [['search', 'nerve']],
    [['check', '--yes', 'pregnancy', '--json']],
    [['sources', '--json']],
    [['completion', 'bash']],
  ])('backpain %j loads its own command file and no renderer, prompt, colour or commander file', (args) => {
    expect(filesLoaded(args)).toEqual(start(args[0] ?? ''));
  });

  it('a line that does not start with a command loads the file with every command', () => {
    expect(filesLoaded([])).toEqual([...ENTRY, 'dist/commands/all.cjs', 'dist/lazy/help.cjs']);
    // Global options may come before the command: main.ts still finds its file. Forced colour on
    // a pipe keeps the pipe's format, so chalk has nothing to paint.
    expect(filesLoaded(['--color', 'list', 'causes'])).toEqual(start('list'));
    expect(filesLoaded(['--lang', 'es', 'read'])).toEqual(start('read'));
    expect(filesLoaded(['--json', 'sections'], {}, 2)).toEqual([...ENTRY, 'dist/commands/all.cjs', 'dist/lazy/commander.cjs', 'dist/lazy/errors.cjs']);
    expect(backpain(['--no-color', 'list', 'causes'])).toEqual(backpain(['list', 'causes', '--no-color']));
  });

  it('help loads the help file alone; the rarer flag forms load commander, and read a plain line just as the fast path does', () => {
    expect(filesLoaded(['--help'])).toEqual([...ENTRY, 'dist/commands/all.cjs', 'dist/lazy/help.cjs']);
    expect(filesLoaded(['list', '--help'])).toEqual([...start('list'), 'dist/lazy/help.cjs']);
    expect(filesLoaded(['list', 'causes', '-o', '-'])).toEqual([...start('list'), 'dist/lazy/commander.cjs']);
    // `--` ends the options: nothing follows, so the line means the same, but only commander reads it.
    for (const args of [['list', 'causes', '--json'], ['read', 'causes'], ['check', '--yes', 'pregnancy', '--json']]) {
      expect(filesLoaded([...args, '--'])).toEqual([...start(args[0] ?? ''), 'dist/lazy/commander.cjs']);
      expect(backpain([...args, '--'])).toEqual(backpain(args));
    }
  });

  it('colour loads no file (fixed codes); rendering for a terminal loads the pre-rendered text; html joins pieces the build rendered', () => {
    expect(filesLoaded(['list', 'red-flags', '--format', 'terminal', '--color'])).toEqual(start('list'));
    expect(filesLoaded(['read', 'causes', '--format', 'terminal'], { FORCE_COLOR: '1' })).toEqual([...start('read'), 'dist/lazy/terminal.cjs']);
    expect(filesLoaded(['read', 'causes', '--format', 'html'])).toEqual([...start('read'), 'dist/lazy/html.cjs']);
    expect(filesLoaded(['handout'])).toEqual([...start('handout'), 'dist/lazy/html.cjs']);
  });

  it('each command has a file of its own that carries its command and no other', () => {
    // context.ts is the handlers' shared types and `ok`, in every file; each other file of src/commands/ is one command.
    const commandSources = (file: string): string[] => Object.keys(meta.outputs[file]?.inputs ?? {}).filter((input) => input.startsWith('src/commands/') && !input.endsWith('/context.ts'));
    for (const { name } of COMMANDS) {
      expect(commandSources(`dist/commands/${name}.cjs`), name).toEqual([expect.stringMatching(new RegExp(`^src/commands/${name}\\.ts$`))]);
    }
    expect(commandSources('dist/commands/all.cjs')).toHaveLength(COMMANDS.length);
    // main.ts's dispatch is made from the table's names: a command missing there would fall back to all.cjs.
    for (const { name } of COMMANDS) expect(filesLoaded([name, '--help']), name).toEqual([...start(name), 'dist/lazy/help.cjs']);
  });

  it('commander and Inquirer.js are only in the lazy files that need them; chalk, marked and marked-terminal run at build time', () => {
    const files = Object.keys(meta.outputs).filter((file) => file.endsWith('.cjs'));
    const carrying = (name: string): string[] => files.filter((file) => heavyPackages(file).includes(name));
    expect(carrying('commander')).toEqual(['dist/lazy/commander.cjs']);
    expect(carrying('chalk')).toEqual([]);
    expect(carrying('marked')).toEqual([]);
    expect(carrying('marked-terminal')).toEqual([]);
    expect(carrying('@inquirer/core')).toEqual(['dist/lazy/prompts.cjs']);
    expect(heavyPackages('dist/lazy/prompts.cjs')).toEqual(['@inquirer/ansi', '@inquirer/checkbox', '@inquirer/core', '@inquirer/figures', '@inquirer/input', '@inquirer/select']);
    expect(Object.keys(meta.outputs['dist/lazy/terminal.cjs']?.inputs ?? {})).toContain('backpain:rendered');
  });

  it('the CLI reads the parsed guide and its terminal text as JSON beside its files; the library has its own copy', () => {
    const dist = join(PACKAGE_ROOT, 'dist');
    const overview = readFileSync(new URL('../../content/en/01-overview.md', import.meta.url), 'utf8');
    const sentence = overview.split('\n').find((line) => line.length > 40 && !line.includes(':') && !line.startsWith('{')) ?? '';
    expect(sentence.length).toBeGreaterThan(40);
    for (const file of Object.keys(meta.outputs).filter((name) => name.endsWith('.cjs'))) {
      expect(readFileSync(join(PACKAGE_ROOT, file), 'utf8'), file).not.toContain(sentence.slice(0, 40));
    }
    expect(readFileSync(join(dist, 'index.js'), 'utf8')).toContain(sentence.slice(0, 40));
    expect(Object.keys(JSON.parse(readFileSync(join(dist, 'data', 'rendered.en.json'), 'utf8')) as object).sort()).toEqual(['colour', 'plain']);
    // The words of the CLI, too, are data: no catalog sentence is compiled into a file.
    for (const file of Object.keys(meta.outputs).filter((name) => name.endsWith('.cjs'))) {
      expect(readFileSync(join(PACKAGE_ROOT, file), 'utf8'), file).not.toContain(messages.commands.read.description.slice(0, 40));
    }
  });

  it('output to a pipe, a file or /dev/null is written without Node making its stream modules', () => {
    const dir = mkdtempSync(join(tmpdir(), 'backpain-streams-'));
    try {
      // Node's list of its own modules loaded, written at exit without touching process.stderr.
      const preload = join(dir, 'modules.cjs');
      writeFileSync(preload, "process.on('exit', () => require('fs').writeSync(2, process.moduleLoadList.join('\\n')));\n");
      const targets: [string, () => number | 'pipe'][] = [['pipe', () => 'pipe'], ['file', () => openSync(join(dir, 'out.json'), 'w')], ['/dev/null', () => openSync('/dev/null', 'w')]];
      for (const [name, open] of targets) {
        const out = open();
        const result = spawnSync(process.execPath, ['--require', preload, BIN, 'list', 'causes', '--json'], { stdio: ['ignore', out, 'pipe'], encoding: 'utf8' });
        if (typeof out === 'number') closeSync(out);
        expect(result.status, name).toBe(0);
        expect(result.stderr, name).toMatch(/^NativeModule fs$/m);
        expect(result.stderr.match(/^NativeModule (stream|net|tty|internal\/fs\/sync_write_stream)$/gm), name).toBeNull();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('`--version` carries neither the guide nor commander', () => {
    const inputs = Object.keys(meta.outputs['dist/cli.cjs']?.inputs ?? {});
    expect(inputs.some((input) => input.includes('node_modules/commander/') || input.startsWith('src/commands/'))).toBe(false);
  });

  it('the CLI files are ASCII, which Node reads and V8 scans faster than UTF-8 with other characters', () => {
    for (const file of Object.keys(meta.outputs).filter((name) => name.endsWith('.cjs'))) {
      const text = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
      expect([...text].filter((ch) => ch.charCodeAt(0) > 0x7f), file).toEqual([]);
    }
  });

  it('the data the CLI reads is ASCII too (other characters as JSON escapes): V8 decodes a file with any other character slowly, all of it', () => {
    const data = join(PACKAGE_ROOT, 'dist', 'data');
    const files = readdirSync(data).filter((name) => /\.(json|dat)$/.test(name));
    expect(files.some((name) => name.startsWith('guide.es.'))).toBe(true);
    for (const name of files) {
      const text = readFileSync(join(data, name), 'utf8');
      expect(text.match(/[^\t\n\r\x20-\x7e]/g) ?? [], name).toEqual([]);
    }
    // The escapes are still the words: the Spanish guide reads as Spanish.
    expect(backpain(['--lang', 'es', 'list', 'causes']).stdout).toContain('ciática');
  });

  it('ships no code highlighter, emoji table, or colour and hyperlink detection of its own', () => {
    const inputs = Object.values(meta.outputs).flatMap((output) => Object.keys(output.inputs));
    expect(inputs.filter((input) => /node_modules\/(cli-highlight|highlight\.js|node-emoji|supports-hyperlinks|supports-color)\//.test(input))).toEqual([]);
    expect(inputs.filter((input) => /node_modules\/(chalk\/source\/vendor\/supports-color|@colors\/colors\/lib\/system\/supports-colors)/.test(input))).toEqual([]);
    // chalk paints at build time only; the CLI's colour is fixed codes (src/render/ansi-style.ts).
    expect(inputs.filter((input) => input.includes('node_modules/chalk/'))).toEqual([]);
  });
});
