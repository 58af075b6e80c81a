import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ANSWERS_LIMIT } from '../../src/check/answers.js';
import { run } from '../../src/cli/run.js';
import { BIN, backpain } from '../support/cli.js';
import { fakeIo } from '../support/fake-io.js';

const EVERY = ['read', 'read causes --format text', 'sections', 'list causes', 'list red-flags --json', 'search nerve', 'sources', 'check --questions', 'check --yes age', '--help', 'read --help', '--version'];

function shell(script: string): { status: number | null; stdout: string; stderr: string } {
  return spawnSync('bash', ['-c', script], { encoding: 'utf8', input: '' });
}

describe('streams', () => {
  it.each(EVERY)('backpain %s | head -1 exits 0 silently', (args) => {
    const result = shell(`set -o pipefail; "${process.execPath}" "${BIN}" ${args} | head -1`);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout.split('\n')).toHaveLength(2);
  });

  it('a large output into a reader that quits early ends with exit 0 and no error', () => {
    const result = shell(`set -o pipefail; for i in 1 2 3; do "${process.execPath}" "${BIN}" read --json; done | head -c 10 > /dev/null; "${process.execPath}" "${BIN}" read --format text | (read -r line; exit 0)`);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
  });

  it.each(['sections', 'read', '--version'])('backpain %s with stdout closed: one line on stderr, exit 1', (args) => {
    const result = shell(`"${process.execPath}" "${BIN}" ${args} >&-`);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('backpain: standard output is closed; nothing can be printed.\n');
  });

  it('stdin at end-of-file for check --answers - gives a clear error', () => {
    const result = shell(`"${process.execPath}" "${BIN}" check --answers - < /dev/null`);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^backpain: standard input is empty; expected a JSON object/);
  });
});

describe('input limits', () => {
  it('refuses --answers larger than 1 MiB before parsing', () => {
    const big = `{"age": true, "pad": "${'x'.repeat(ANSWERS_LIMIT)}"}`;
    const result = backpain(['check', '--answers', '-'], { input: big });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('backpain: standard input is larger than 1024 KiB.\n');
  });

  it.each([
    ['deep nesting', `${'['.repeat(5000)}${']'.repeat(5000)}`, /JSON object of question ids, not an array/],
    ['deep object', `{"age": ${'{"a":'.repeat(3000)}1${'}'.repeat(3000)}}`, /must be true or false/],
    ['null', 'null', /not null/],
    ['a number', '42', /not a number/],
    ['__proto__', '{"__proto__": {"polluted": true}}', /unknown question id '__proto__'/],
    ['constructor', '{"constructor": true}', /unknown question id 'constructor'/],
  ])('rejects %s cleanly', (_, input, message) => {
    const result = backpain(['check', '--answers', '-'], { input });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});

describe('errors for people', () => {
  async function internalError(env: Record<string, string>): Promise<{ code: number; err: string }> {
    const io = fakeIo({ env });
    io.stdout.write = () => {
      throw new Error('disk on fire');
    };
    const code = await run(['sections'], io);
    return { code, err: io.err() };
  }

  it('an internal error is one line asking for a report, exit 1', async () => {
    const { code, err } = await internalError({});
    expect(code).toBe(1);
    expect(err).toBe('backpain: internal error: disk on fire. Please report it; BACKPAIN_DEBUG=1 shows the details.\n');
  });

  it('BACKPAIN_DEBUG=1 adds the stack for bug reports', async () => {
    const { err } = await internalError({ BACKPAIN_DEBUG: '1' });
    expect(err).toMatch(/^backpain: internal error: disk on fire\..*\nError: disk on fire\n\s+at /s);
  });
});
