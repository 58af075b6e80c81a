import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface Meta {
  outputs: Record<string, { imports: { path: string; kind: string }[]; inputs: Record<string, unknown>; entryPoint?: string }>;
}

const meta = JSON.parse(readFileSync(new URL('../../.build/meta.json', import.meta.url), 'utf8')) as Meta;
const HEAVY = /node_modules\/(marked|marked-terminal|@inquirer\/[^/]+|cli-highlight|highlight\.js|chalk|cli-table3)\//;

/** Every output file reached from `start` through static imports only: what loads at start-up. */
function staticClosure(start: string): string[] {
  const seen = new Set<string>();
  const stack = [start];
  while (stack.length) {
    const file = stack.pop() as string;
    if (seen.has(file) || !meta.outputs[file]) continue;
    seen.add(file);
    for (const imp of meta.outputs[file].imports) if (imp.kind === 'import-statement') stack.push(imp.path);
  }
  return [...seen];
}

function heavyInputs(files: readonly string[]): string[] {
  return [...new Set(files.flatMap((f) => Object.keys(meta.outputs[f]?.inputs ?? {})).filter((i) => HEAVY.test(i)).map((i) => HEAVY.exec(i)?.[1] ?? i))];
}

function outputOf(source: string): string {
  const found = Object.entries(meta.outputs).find(([, o]) => Object.keys(o.inputs).some((i) => i.endsWith(source)));
  if (!found) throw new Error(`no output holds ${source}`);
  return found[0];
}

describe('the bundle loads heavy modules only where they are needed', () => {
  it('the entry chunk and the command runner load no renderer, colour or prompt library', () => {
    expect(heavyInputs(staticClosure('dist/cli.js'))).toEqual([]);
    expect(heavyInputs(staticClosure(outputOf('src/cli/run.ts')))).toEqual([]);
  });

  it('the terminal renderer and the prompts are separate chunks reached by dynamic import', () => {
    const terminal = outputOf('src/render/terminal.ts');
    const prompts = outputOf('src/check/prompts.ts');
    expect(heavyInputs(staticClosure(terminal))).toEqual(expect.arrayContaining(['marked', 'marked-terminal']));
    expect(heavyInputs(staticClosure(prompts))).toEqual(expect.arrayContaining(['@inquirer/confirm', '@inquirer/checkbox']));
    const dynamic = Object.values(meta.outputs).flatMap((o) => o.imports.filter((i) => i.kind === 'dynamic-import').map((i) => i.path));
    expect(dynamic).toEqual(expect.arrayContaining([terminal, prompts]));
  });

  it('ships stand-ins for the code highlighter and emoji table', () => {
    const inputs = Object.values(meta.outputs).flatMap((o) => Object.keys(o.inputs));
    expect(inputs.some((i) => /node_modules\/(cli-highlight|highlight\.js|node-emoji)\//.test(i))).toBe(false);
  });
});
