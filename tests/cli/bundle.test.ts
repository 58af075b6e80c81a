import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en as messages } from '../../src/messages/en.js';
import { BIN, backpain } from '../support/cli.js';

// A cheap guard for start-up speed that times nothing: which of our files each command loads
// (Node's own module log, NODE_DEBUG=module), and which packages each file carries (esbuild's
// metafile). The figures themselves come from `npm run bench`.

interface Meta {
  outputs: Record<string, { inputs: Record<string, unknown> }>;
}

const meta = JSON.parse(readFileSync(new URL('../../.build/meta.json', import.meta.url), 'utf8')) as Meta;
const HEAVY = /node_modules\/(commander|chalk|marked|marked-terminal|@inquirer\/[^/]+|cli-highlight|highlight\.js|cli-table3|jsonc-parser)\//;
const PACKAGE_ROOT = dirname(dirname(BIN));
const CODE = Object.keys(meta.outputs).filter((file) => /\.c?js$/.test(file));

function heavyPackages(file: string): string[] {
  const inputs = Object.keys(meta.outputs[file]?.inputs ?? {});
  if (inputs.length === 0) throw new Error(`the metafile has no output ${file}`);
  return [...new Set(inputs.map((input) => HEAVY.exec(input)?.[1]).filter((name): name is string => name !== undefined))].sort();
}

/** The package's own code files a run of `backpain <args>` loads, in order, relative to the package. */
function filesLoaded(args: readonly string[], env: Record<string, string> = {}, exit = 0): string[] {
  const { stderr, code } = backpain(args, { env: { NODE_DEBUG: 'module', ...env } });
  expect(code).toBe(exit);
  // \S+ for the process id, which Node colours when FORCE_COLOR is set.
  const loads = [...stderr.matchAll(/^MODULE \S+: load "([^"]+)" for module/gm)].map((match) => match[1] ?? '');
  return [...new Set(loads.filter((file) => file.startsWith(PACKAGE_ROOT)).map((file) => relative(PACKAGE_ROOT, file)))];
}

describe('one bundle; heavy modules only where they are needed', () => {
  const START = ['bin/backpain.js', 'dist/backpain.cjs'];

  it.each([
    [['--version']],
    [['list', 'causes', '--json']],
    [['sections']],
    [['read']],
    [['read', 'causes', '--format', 'terminal']],
    [['read', 'causes', '--format', 'html']],
    [['handout']],
    [['search', 'nerve']],
    [['check', '--yes', 'pregnancy', '--json']],
    [['sources', '--json']],
    [['completion', 'bash']],
    [['--help']],
    [['list', '--help']],
    [['--color', 'list', 'red-flags', '--format', 'terminal']],
  ])('backpain %j loads the bundle alone: no prompt, commander or JSONC file', (args) => {
    expect(filesLoaded(args)).toEqual(START);
  });

  it('the rarer flag forms and mistakes load commander, and read a plain line just as the fast path does', () => {
    expect(filesLoaded(['list', 'causes', '-o', '-'])).toEqual([...START, 'dist/lazy/commander.cjs']);
    expect(filesLoaded(['lsit', 'causes'], {}, 2)).toEqual([...START, 'dist/lazy/commander.cjs']);
    expect(backpain(['../cli']).stderr).toMatch(/^backpain: unknown command '\.\.\/cli'/);
    // `--` ends the options: nothing follows, so the line means the same, but only commander reads it.
    for (const args of [['list', 'causes', '--json'], ['read', 'causes'], ['check', '--yes', 'pregnancy', '--json']]) {
      expect(filesLoaded([...args, '--'])).toEqual([...START, 'dist/lazy/commander.cjs']);
      expect(backpain([...args, '--'])).toEqual(backpain(args));
    }
    expect(backpain(['--no-color', 'list', 'causes'])).toEqual(backpain(['list', 'causes', '--no-color']));
  });

  it('commander, Inquirer.js and jsonc-parser are only in the lazy files that need them; chalk, marked and marked-terminal run at build time', () => {
    const carrying = (name: string): string[] => CODE.filter((file) => heavyPackages(file).includes(name));
    expect(carrying('commander')).toEqual(['dist/lazy/commander.cjs']);
    expect(carrying('jsonc-parser')).toEqual(['dist/lazy/answers-json.cjs']);
    expect(carrying('chalk')).toEqual([]);
    expect(carrying('marked')).toEqual([]);
    expect(carrying('marked-terminal')).toEqual([]);
    expect(carrying('@inquirer/core')).toEqual(['dist/lazy/prompts.cjs']);
    expect(heavyPackages('dist/lazy/prompts.cjs')).toEqual(['@inquirer/ansi', '@inquirer/checkbox', '@inquirer/core', '@inquirer/figures', '@inquirer/input', '@inquirer/select']);
  });

  it('the guide and the words are data: one file per language, read by the CLI and the library alike, in no code file', () => {
    const overview = readFileSync(new URL('../../content/en/01-overview.md', import.meta.url), 'utf8');
    const sentence = (overview.split('\n').find((line) => line.length > 40 && !line.includes(':') && !line.startsWith('{')) ?? '').slice(0, 40);
    expect(sentence.length).toBe(40);
    const data = join(PACKAGE_ROOT, 'dist', 'data');
    expect(readdirSync(data).filter((name) => name.endsWith('.json')).sort()).toEqual(['en.html.json', 'en.json', 'en.search.json', 'es.html.json', 'es.json', 'es.search.json']);
    const en = JSON.parse(readFileSync(join(data, 'en.json'), 'utf8')) as Record<string, unknown>;
    expect(Object.keys(en).sort()).toEqual(['guide', 'messages', 'terminal']);
    expect(JSON.stringify(en)).toContain(sentence);
    for (const file of CODE) {
      const text = readFileSync(join(PACKAGE_ROOT, file), 'utf8');
      expect(text, file).not.toContain(sentence);
      expect(text, file).not.toContain(messages.commands.read.description.slice(0, 40));
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

  it('the code files are ASCII, which Node reads and V8 scans faster than UTF-8 with other characters', () => {
    for (const file of CODE) {
      const text = readFileSync(join(PACKAGE_ROOT, file), 'utf8');
      expect([...text].filter((ch) => ch.charCodeAt(0) > 0x7f), file).toEqual([]);
    }
  });

  it('ships no code highlighter, emoji table, or colour and hyperlink detection of its own', () => {
    const inputs = Object.values(meta.outputs).flatMap((output) => Object.keys(output.inputs));
    expect(inputs.filter((input) => /node_modules\/(cli-highlight|highlight\.js|node-emoji|supports-hyperlinks|supports-color)\//.test(input))).toEqual([]);
    // chalk paints at build time only; the CLI's colour is fixed codes (src/render/ansi-style.ts).
    expect(inputs.filter((input) => input.includes('node_modules/chalk/'))).toEqual([]);
  });
});
