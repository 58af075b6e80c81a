import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { BIN } from '../support/cli.js';
import { fakeIo } from '../support/fake-io.js';
import { STACK, argv } from './args.js';

function checkOutcome(code: number | null, stdout: string, stderr: string): void {
  expect([0, 1, 2, 130]).toContain(code);
  expect(stderr).not.toMatch(STACK);
  if (code === 2) {
    expect(stdout).toBe('');
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  }
}

describe('argument fuzzing', () => {
  it('in-process: 2,000 random argument vectors end calmly', async () => {
    await fc.assert(
      fc.asyncProperty(argv, async (args) => {
        const io = fakeIo({ env: {} });
        const code = await run(args, io);
        checkOutcome(code, io.out(), io.err());
      }),
      { numRuns: 2000 },
    );
  }, 120_000);

  it('spawned: 200 random argument vectors against the built CLI', () => {
    fc.assert(
      fc.property(argv, (args) => {
        // Arguments cannot hold NUL bytes; the shell could not pass them either.
        const clean = args.map((a) => a.replace(/\0/g, ''));
        const result = spawnSync(process.execPath, [BIN, ...clean], { encoding: 'utf8', input: '', timeout: 15_000, env: { ...process.env, FORCE_COLOR: '0' } });
        checkOutcome(result.status, result.stdout, result.stderr);
      }),
      { numRuns: 200 },
    );
  }, 180_000);
});
