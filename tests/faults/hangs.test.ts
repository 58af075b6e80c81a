import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, CLI, NODE, hasScript, inPty, processState, sh, tempDir, until } from './support.js';

// Nothing hangs: a FIFO or a terminal given as the answers file is refused before it is read, and
// a reader that has stalled does not stop a signal from ending the process.
const REFUSED = /^backpain: cannot read answers from '.*': it is not a regular file \(a FIFO, a device or a terminal\)\. Give a JSON file, or - for standard input\./;

describe('--answers on anything but a regular file is refused at once', () => {
  it('a FIFO nobody writes to: refused within seconds, no signal needed', () => {
    const fifo = join(tempDir('answers-fifo'), 'answers');
    execFileSync('mkfifo', [fifo]);
    // The limit is the test's: were the open to block, only SIGKILL could end it (the bug this tests).
    const result = spawnSync(NODE, [BIN, 'check', '--answers', fifo], { encoding: 'utf8', timeout: 5000, killSignal: 'SIGKILL' });
    expect(result.signal, 'still blocked after 5 seconds').toBeNull();
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(REFUSED);
  });

  it.skipIf(!hasScript)('/dev/stdin on a terminal: refused at once (needs util-linux script)', async () => {
    const pty = await inPty(`${CLI} check --answers /dev/stdin`, /backpain:|\$/);
    const status = await Promise.race([pty.exited, new Promise((resolve) => setTimeout(() => resolve('still running after 5 seconds'), 5000))]);
    if (status !== 2) process.kill(pty.pid, 'SIGKILL');
    expect(status).toBe(2);
    expect(pty.screen()).toMatch(/cannot read answers from '\/dev\/stdin': it is not a regular file/);
  });

  it('- still reads standard input, from a pipe', () => {
    expect(sh(`echo '{"pregnancy": true}' | ${CLI} check --answers - --json`).stdout).toMatch(/"urgency": "see-doctor"/);
  });
});

describe('a stalled reader does not block a signal', () => {
  // More than a pipe holds (64 KiB): the sections, many times over, as JSON.
  const many = Array.from({ length: 40 }, (_, i) => String((i % 10) + 1)).join(' ');

  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('backpain read ... | sleep 15, then %s: ends within 2 seconds with %i', async (signal, code) => {
    const dir = tempDir('stalled');
    const pidFile = join(dir, 'pid');
    const sleepFile = join(dir, 'sleep');
    const shell = spawn('bash', ['-c', `( echo $BASHPID > "${pidFile}"; exec ${CLI} read ${many} --json ) | ( echo $BASHPID > "${sleepFile}"; exec sleep 15 ); echo "status=\${PIPESTATUS[0]}"`], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    shell.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    await until(() => existsSync(pidFile) && readFileSync(pidFile, 'utf8').trim() !== '');
    const pid = Number(readFileSync(pidFile, 'utf8'));
    // Let it fill the pipe and stall.
    await until(() => processState(pid) === 'S', 5000);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const sent = Date.now();
    process.kill(pid, signal);
    const ended = await until(() => ['gone', 'Z'].includes(processState(pid)), 2000);
    const took = Date.now() - sent;
    process.kill(Number(readFileSync(sleepFile, 'utf8')), 'SIGTERM');
    await new Promise((resolve) => shell.on('close', resolve));
    expect(ended, `still running ${took} ms after ${signal}`).toBe(true);
    expect(out).toBe(`status=${code}\n`);
  });
});
