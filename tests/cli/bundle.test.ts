import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, backpain } from '../support/cli.js';

// A cheap guard for start-up speed that times nothing: which of our files each command loads
// (Node's own module log, NODE_DEBUG=module), and which packages each file carries (esbuild's
// metafile). The figures themselves come from `npm run bench`.

interface Meta {
  outputs: Record<string, { inputs: Record<string, unknown> }>;
}

const meta = JSON.parse(readFileSync(new URL('../../.build/meta.json', import.meta.url), 'utf8')) as Meta;
const HEAVY = /node_modules\/(commander|marked|marked-terminal|@inquirer\/[^/]+|cli-highlight|highlight\.js|cli-table3)\//;
const PACKAGE_ROOT = dirname(dirname(BIN));

function heavyPackages(file: string): string[] {
  const inputs = Object.keys(meta.outputs[file]?.inputs ?? {});
  if (inputs.length === 0) throw new Error(`the metafile has no output ${file}`);
  return [...new Set(inputs.map((input) => HEAVY.exec(input)?.[1]).filter((name): name is string => name !== undefined))].sort();
}

/** The package's own files a run of `backpain <args>` loads, in order, relative to the package. */
function filesLoaded(args: readonly string[], env: Record<string, string> = {}): string[] {
  const { stderr, code } = backpain(args, { env: { NODE_DEBUG: 'module', ...env } });
  expect(code).toBe(0);
  // \S+ for the process id, which Node colours when FORCE_COLOR is set.
  const loads = [...stderr.matchAll(/^MODULE \S+: load "([^"]+)" for module/gm)].map((match) => match[1] ?? '');
  return loads.filter((file) => file.startsWith(PACKAGE_ROOT)).map((file) => relative(PACKAGE_ROOT, file));
}

describe('the bundle loads heavy modules only where they are needed', () => {
  const START = ['bin/backpain.js', 'dist/cli.cjs', 'dist/core.cjs'];

  it('`--version` reads the entry file alone', () => {
    expect(filesLoaded(['--version'])).toEqual(['bin/backpain.js', 'dist/cli.cjs']);
  });

  it.each([
    [['list', 'causes', '--json']],
    [['sections']],
    [['read']],
    [['search', 'nerve']],
    [['check', '--yes', 'age', '--json']],
    [['list', 'red-flags', '--format', 'terminal', '--color']],
  ])('backpain %j loads no renderer, prompt or commander file', (args) => {
    expect(filesLoaded(args)).toEqual(START);
  });

  it('help, errors and the rarer flag forms load commander, and read a plain line just as the fast path does', () => {
    const COMMANDER = [...START, 'dist/lazy/commander.cjs'];
    expect(filesLoaded(['--help'])).toEqual(COMMANDER);
    expect(filesLoaded(['list', '--help'])).toEqual(COMMANDER);
    // `--` ends the options: nothing follows, so the line means the same, but only commander reads it.
    for (const args of [['list', 'causes', '--json'], ['read', 'causes'], ['check', '--yes', 'age', '--json']]) {
      expect(filesLoaded([...args, '--'])).toEqual(COMMANDER);
      expect(backpain([...args, '--'])).toEqual(backpain(args));
    }
  });

  it('rendering for a terminal loads the pre-rendered text, and nothing else', () => {
    expect(filesLoaded(['read', 'causes', '--format', 'terminal'], { FORCE_COLOR: '1' })).toEqual([...START, 'dist/lazy/terminal.cjs']);
    expect(filesLoaded(['read', 'causes', '--format', 'html'])).toEqual([...START, 'dist/lazy/html.cjs']);
  });

  it('commander, marked and Inquirer.js are only in the lazy files that need them; marked-terminal runs at build time', () => {
    expect(heavyPackages('dist/cli.cjs')).toEqual([]);
    expect(heavyPackages('dist/core.cjs')).toEqual([]);
    expect(heavyPackages('dist/lazy/terminal.cjs')).toEqual([]);
    expect(Object.keys(meta.outputs['dist/lazy/terminal.cjs']?.inputs ?? {})).toContain('backpain:rendered');
    expect(heavyPackages('dist/lazy/html.cjs')).toEqual(['marked']);
    expect(heavyPackages('dist/lazy/prompts.cjs')).toEqual(['@inquirer/ansi', '@inquirer/checkbox', '@inquirer/confirm', '@inquirer/core', '@inquirer/figures']);
    expect(heavyPackages('dist/lazy/commander.cjs')).toEqual(['commander']);
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
    expect(inputs.some((input) => input.startsWith('backpain:guide') || input.includes('node_modules/commander/'))).toBe(false);
  });

  it('the CLI files are ASCII, which Node reads and V8 scans faster than UTF-8 with other characters', () => {
    for (const file of Object.keys(meta.outputs).filter((name) => name.endsWith('.cjs'))) {
      const text = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
      expect([...text].filter((ch) => ch.charCodeAt(0) > 0x7f), file).toEqual([]);
    }
  });

  it('ships no code highlighter, emoji table, or colour and hyperlink detection of its own', () => {
    const inputs = Object.values(meta.outputs).flatMap((output) => Object.keys(output.inputs));
    expect(inputs.filter((input) => /node_modules\/(cli-highlight|highlight\.js|node-emoji|supports-hyperlinks|supports-color)\//.test(input))).toEqual([]);
    expect(inputs.filter((input) => /node_modules\/(chalk\/source\/vendor\/supports-color|@colors\/colors\/lib\/system\/supports-colors)/.test(input))).toEqual([]);
    expect(inputs).toContain('scripts/stubs/supports-color.js');
  });
});
