import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BIN } from '../support/cli.js';

// Every command, in the formats a pipe gets and the ones asked for.
const EVERY = [
  'read', 'read causes --format text', 'read --format terminal --color', 'read --format html', 'read --json',
  'sections', 'list causes', 'list red-flags --json', 'list symptoms --format markdown', 'search nerve', 'sources', 'sources --json',
  'check --questions', 'check --yes age=45', 'check --yes age=45 --json', 'completion bash', 'completion fish',
  '--help', 'read --help', 'help list', '--version',
];

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

  // Node opens a closed stdout on /dev/null read-write, which is also what Python's
  // subprocess.DEVNULL and Node's stdio 'ignore' give: the two cannot be told apart on Linux, so
  // both work as /dev/null does, silently, exit 0 (as other tools do).
  it.each(['sections', 'read', '--version'])('backpain %s with stdout closed, or on /dev/null read-write: exit 0, nothing on stderr', (args) => {
    for (const redirect of ['>&-', '1<>/dev/null']) {
      const result = shell(`"${process.execPath}" "${BIN}" ${args} ${redirect}`);
      expect([redirect, result.status, result.stderr]).toEqual([redirect, 0, '']);
    }
    const ignored = spawnSync(process.execPath, [BIN, ...args.split(' ')], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
    expect([ignored.status, ignored.stderr]).toEqual([0, '']);
  });

  it('backpain sections with stdout on a folder: one line on stderr, exit 1', () => {
    const result = shell(`"${process.execPath}" "${BIN}" sections 1<.`);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('backpain: standard output is a folder; nothing can be printed to it.\n');
  });

  it.each(['< /dev/null', '<&-'])('stdin at end-of-file (%s) for check --answers - gives a clear error', (redirect) => {
    const result = shell(`"${process.execPath}" "${BIN}" check --answers - ${redirect}`);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^backpain: standard input is empty; expected a JSON object such as \{"age": 45\}\. See the ids with 'backpain check --questions'\.\n$/);
  });

  it.each(['--version', 'read', 'sections --json'])('backpain %s on a full disk: one line on stderr, exit 1, no stack', (args) => {
    const result = shell(`"${process.execPath}" "${BIN}" ${args} > /dev/full`);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('backpain: cannot write to standard output (ENOSPC).\n');
  });

  it.each(['2>/dev/full', '2>&-'])('an error with stderr unwritable (%s) still exits 2, without a crash', (redirect) => {
    const result = shell(`"${process.execPath}" "${BIN}" read nosuch ${redirect}; echo "exit=$?"`);
    expect(result.stdout).toBe('exit=2\n');
    expect(result.stderr).toBe('');
  });
});
