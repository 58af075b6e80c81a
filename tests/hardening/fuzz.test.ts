import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import type { Asker } from '../../src/check/flow.js';
import type { Io } from '../../src/commands/context.js';
import { createRun } from '../../src/cli/run.js';
import { builtData } from '../support/cli.js';

const run = createRun(builtData);
import { BIN } from '../support/cli.js';
import { STACK, argv, rawControls, usageLineProblems } from './args.js';

/** Where a fuzzed run happens: a terminal or pipes, its size, colour and width settings, stdin. */
const setting = fc.record({
  tty: fc.boolean(),
  columns: fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }),
  rows: fc.option(fc.integer({ min: 1, max: 200 }), { nil: undefined }),
  env: fc.record(
    {
      NO_COLOR: fc.constantFrom('1', ''),
      FORCE_COLOR: fc.constantFrom('0', '1', '3', 'yes'),
      COLUMNS: fc.constantFrom('10', '40', '1000', 'abc', ''),
      TERM: fc.constantFrom('dumb', 'xterm-256color'),
      BACKPAIN_DEBUG: fc.constant('1'),
    },
    { requiredKeys: [] },
  ),
  // What the person at the prompts does, when `check` asks.
  answer: fc.constantFrom('yes', 'no', 'cancel'),
  stdin: fc.constantFrom('', '{"pregnancy": true}', '[]', 'not json', '{"__proto__": {"x": 1}}', '{"\u001b[2J": true}'),
});
type Setting = typeof setting extends fc.Arbitrary<infer T> ? T : never;

/** Prompts that answer every question the same way, or are cancelled as Ctrl-C cancels them. */
function scriptedAsker(answer: Setting['answer']): Asker {
  const act = async <T>(value: T): Promise<T> => {
    if (answer === 'cancel') throw Object.assign(new Error('User force closed the prompt'), { name: 'ExitPromptError' });
    return value;
  };
  return { yesNo: () => act(answer === 'yes'), number: (q) => act(answer === 'yes' ? q.max : q.min), choice: (q) => act(q.choices[answer === 'yes' ? q.choices.length - 1 : 0]?.id ?? ''), choose: (_, questions) => act(answer === 'yes' ? questions.map((q) => q.id) : []), say: () => undefined };
}

/** An Io for one in-process run: output captured, no files (reads fail, writes are refused). */
function fuzzIo(s: Setting): Io & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: { isTTY: s.tty, columns: s.columns, rows: s.rows, write: (t) => void (out += t) },
    stderr: { isTTY: s.tty, columns: s.columns, write: (t) => void (err += t) },
    stdin: { isTTY: s.tty, readAll: async () => s.stdin },
    env: s.env,
    readFile: async () => {
      throw Object.assign(new Error('no files here'), { code: 'ENOENT' });
    },
    writeFile: async () => {
      throw Object.assign(new Error('read-only'), { code: 'EROFS' });
    },
    page: async (text) => {
      out += text;
      return { shown: true };
    },
    asker: async () => scriptedAsker(s.answer),
    out: () => out,
    err: () => err,
  };
}

/** Colour is surely off: then no escape at all may reach stdout, not even the tool's own. */
function colourOff(args: readonly string[], s: Pick<Setting, 'tty' | 'env'>): boolean {
  if (args.includes('--color')) return false;
  return args.includes('--no-color') || Boolean(s.env.NO_COLOR) || (!s.tty && (s.env.FORCE_COLOR ?? '0') === '0');
}

function checkOutcome(code: number | null, stdout: string, stderr: string, colour: boolean): void {
  expect([0, 1, 2, 130]).toContain(code);
  expect(stderr).not.toMatch(STACK);
  expect(rawControls(stderr)).toEqual([]);
  expect(rawControls(stdout, colour)).toEqual([]);
  if (code === 2) {
    expect(stdout).toBe('');
    expect(usageLineProblems(stderr)).toEqual([]);
  }
}

/** The built CLI on pipes, in `cwd`; resolves with its exit code (or the signal that ended it). */
function spawnCli(args: readonly string[], cwd: string): Promise<{ code: number | string | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env, FORCE_COLOR: '0', NO_COLOR: undefined, COLUMNS: undefined, TERM: undefined };
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env, timeout: 15_000 });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code: code ?? signal, stdout, stderr }));
    child.stdin.end('');
  });
}

describe('argument fuzzing', () => {
  it('in-process: 2,000 random argument vectors, on terminals and pipes, end calmly', async () => {
    // The exit hook is captured: `run` must return its code, never end the process itself.
    const exit = vi.spyOn(process, 'exit').mockImplementation((code) => {
      throw new Error(`process.exit(${String(code)}) was called`);
    });
    const exitCode = process.exitCode;
    try {
      await fc.assert(
        fc.asyncProperty(argv, setting, async (args, s) => {
          const io = fuzzIo(s);
          const code = await run(args, io);
          checkOutcome(code, io.out(), io.err(), !colourOff(args, s));
          expect(exit).not.toHaveBeenCalled();
          expect(process.exitCode).toBe(exitCode);
        }),
        { numRuns: 2000 },
      );
    } finally {
      exit.mockRestore();
    }
  });

  it('spawned: 252 random argument vectors against the built CLI, 4 at a time, writing nothing', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'backpain-fuzz-'));
    await fc.assert(
      fc.asyncProperty(fc.array(argv, { minLength: 4, maxLength: 4 }), async (batch) => {
        // Arguments cannot hold NUL bytes (no shell could pass them), and --output is the one
        // option that writes: it has its own test in sandbox.test.ts.
        const runs = batch.map((args) => args.map((a) => a.replace(/\0/g, '')).filter((a) => !/^-[^-]*o|^--output/.test(a)));
        const results = await Promise.all(runs.map((args) => spawnCli(args, cwd)));
        results.forEach(({ code, stdout, stderr }, i) => checkOutcome(code as number | null, stdout, stderr, runs[i]?.includes('--color') ?? false));
      }),
      { numRuns: 63 },
    );
    expect(readdirSync(cwd)).toEqual([]);
  });
});
