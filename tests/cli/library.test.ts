// The built library entry, dist/index.js: what it loads, that importing it does nothing else, and
// that it answers exactly as the built CLI does.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type * as Library from '../../src/index.js';
import { backpain } from '../support/cli.js';

interface Meta {
  outputs: Record<string, { imports: { path: string; kind: string; external?: boolean }[]; inputs: Record<string, unknown> }>;
}

const meta = JSON.parse(readFileSync(new URL('../../.build/meta.json', import.meta.url), 'utf8')) as Meta;
const INDEX = fileURLToPath(new URL('../../dist/index.js', import.meta.url));

/** Every output and external module reached from the library entry, by any kind of import. */
function closure(start: string): { files: string[]; external: string[] } {
  const files = new Set<string>();
  const external = new Set<string>();
  const stack = [start];
  while (stack.length) {
    const file = stack.pop() as string;
    if (files.has(file)) continue;
    files.add(file);
    for (const imp of meta.outputs[file]?.imports ?? []) {
      if (imp.external) external.add(imp.path);
      else stack.push(imp.path);
    }
  }
  return { files: [...files], external: [...external] };
}

/** Imports the built library in a fresh node and reports what changed in the process, and its answers. */
function importInChild(): { stdout: string; stderr: string; code: number | null } {
  const script = `
    const snapshot = () => ({
      events: process.eventNames().map((e) => [String(e), process.listenerCount(e)]),
      globals: Object.getOwnPropertyNames(globalThis).sort(),
      exitCode: process.exitCode ?? null,
      env: Object.keys(process.env).length,
    });
    const before = snapshot();
    const lib = await import(${JSON.stringify(pathToFileURL(INDEX).href)});
    const after = snapshot();
    const lists = Object.fromEntries(lib.LIST_KINDS.map((kind) => [kind, lib.list(kind)]));
    process.stdout.write(JSON.stringify({
      before, after, lists,
      sections: lib.sections(),
      search: lib.search('sitting'),
      questions: lib.questions(),
      assessment: lib.assess({ 'one-leg-pain': true, pregnancy: true }),
      emergency: lib.assess({ 'pee-start': true }),
      version: lib.version,
    }));
  `;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 15_000 });
  return { stdout: result.stdout, stderr: result.stderr, code: result.status };
}

interface ChildReport {
  before: unknown;
  after: unknown;
  lists: Record<string, ReturnType<typeof Library.list>>;
  sections: ReturnType<typeof Library.sections>;
  search: ReturnType<typeof Library.search>;
  questions: ReturnType<typeof Library.questions>;
  assessment: ReturnType<typeof Library.assess>;
  emergency: ReturnType<typeof Library.assess>;
  version: string;
}

const json = (args: readonly string[]): unknown => JSON.parse(backpain(args).stdout);

describe('the library entry (dist/index.js)', () => {
  it('loads no terminal code: no bundled package at all, nothing from the CLI, no dynamic import', () => {
    const { files, external } = closure('dist/index.js');
    const inputs = files.flatMap((f) => Object.keys(meta.outputs[f]?.inputs ?? {}));
    expect(inputs.filter((i) => i.includes('node_modules/'))).toEqual([]);
    expect(inputs.filter((i) => /^src\/(cli|commands|render)\/|^src\/check\/prompts/.test(i))).toEqual([]);
    expect(files.flatMap((f) => meta.outputs[f]?.imports.filter((i) => i.kind === 'dynamic-import') ?? [])).toEqual([]);
    // Of Node's built-ins, only what reads the data files the build wrote beside it.
    expect(external.sort()).toEqual(['node:fs', 'node:url']);
  });

  it('has no side effects on import: no output, no listeners, no globals, no exit code', () => {
    const result = importInChild();
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as ChildReport;
    expect(report.after).toEqual(report.before);
  });

  it('gives the same data and checklist result as the CLI', () => {
    const report = JSON.parse(importInChild().stdout) as ChildReport;
    expect(report.version).toBe(backpain(['--version']).stdout.trim());
    expect(report.sections).toEqual(json(['sections', '--json']));
    for (const [kind, items] of Object.entries(report.lists)) {
      // The CLI's JSON leaves out the checklist wording, which the library gives as `question`.
      expect(items.map(({ id, name, summary, details, source, notes }) => ({ id, name, summary, details, source, notes, lang: 'en' }))).toEqual(json(['list', kind, '--json']));
    }
    expect(report.search).toEqual(json(['search', 'sitting', '--json']));
    const pick = ({ id, kind, type, text, tier }: { id: string; kind: string; type: string; text: string; tier: string }): Record<string, string> => ({ id, kind, type, text, tier });
    expect(report.questions.map(pick)).toEqual((json(['check', '--questions', '--json']) as Parameters<typeof pick>[0][]).map(pick));
    // The emergency number comes from the locale, which only the CLI reads: the library leaves it out.
    const withoutNumber = (data: unknown): unknown => Object.fromEntries(Object.entries(data as object).filter(([key]) => key !== 'emergencyNumber'));
    expect(report.assessment).toEqual(withoutNumber(json(['check', '--yes', 'one-leg-pain,pregnancy', '--json'])));
    expect(report.emergency).toEqual(withoutNumber(json(['check', '--yes', 'pee-start', '--json'])));
    expect(report.emergency.urgency).toBe('emergency');
  });
});
