import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, closeSync, existsSync, mkdtempSync, openSync, readFileSync, readlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN } from '../support/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'backpain-sig-'));
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** A process's state letter from /proc (`Z` once it has ended but not been reaped), or `gone`. */
function processState(pid: number): string {
  try {
    return /\) (\S)/.exec(readFileSync(`/proc/${pid}/stat`, 'utf8'))?.[1] ?? 'gone';
  } catch {
    return 'gone';
  }
}

/**
 * Starts backpain in a pseudo-terminal (util-linux `script`), waits until `ready` shows on the
 * screen, sends `signal` to the backpain process itself, and returns its exit code and screen.
 */
async function signalled(args: string, env: Record<string, string>, ready: RegExp, signal: NodeJS.Signals): Promise<{ code: number | null; screen: string; ms: number }> {
  const pidFile = join(dir, `pid-${Math.random().toString(36).slice(2)}`);
  const command = `stty rows 10 cols 80; echo $$ > "${pidFile}"; exec "${process.execPath}" "${BIN}" ${args}`;
  const child = spawn('script', ['-qec', command, '/dev/null'], { env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
  let screen = '';
  child.stdout.on('data', (chunk: Buffer) => (screen += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  for (let i = 0; i < 100 && !(existsSync(pidFile) && ready.test(screen)); i++) await sleep(100);
  const pid = Number(readFileSync(pidFile, 'utf8'));
  const started = Date.now();
  process.kill(pid, signal);
  const code = await exited;
  return { code, screen, ms: Date.now() - started };
}

describe('signals end the process at once', () => {
  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('%s during check: exit %i, cursor shown again, at most one line', async (signal, code) => {
    const result = await signalled('check', {}, /\(yes\/no\)/, signal);
    expect(result.code).toBe(code);
    expect(result.ms).toBeLessThan(3000);
    const after = result.screen.slice(result.screen.lastIndexOf('(yes/no)') + 8);
    expect(after).toContain('\u001b[?25h');
    // The prompt's line is ended, so the shell's next prompt starts on a line of its own.
    expect(after).toMatch(/\n/);
    // eslint-disable-next-line no-control-regex -- strips terminal escapes to count visible lines
    expect(after.replace(/\u001b\[[0-9;?]*[a-zA-Z]/g, '').trim().split('\n').filter(Boolean).length).toBeLessThanOrEqual(1);
  });

  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('%s during check: the terminal settings are restored (raw mode undone)', async (signal, code) => {
    const files = join(dir, `stty-${signal}`);
    // A shell around backpain reads the terminal settings before and after it.
    const command = [
      'stty rows 10 cols 80',
      `stty -g > "${files}.before"`,
      `sh -c 'echo $$ > "${files}.pid"; exec "${process.execPath}" "${BIN}" check'`,
      `echo $? > "${files}.code"`,
      `stty -g > "${files}.after"`,
    ].join('; ');
    const child = spawn('script', ['-qec', command, '/dev/null'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let screen = '';
    child.stdout.on('data', (chunk: Buffer) => (screen += chunk.toString()));
    const exited = new Promise<void>((resolve) => child.on('close', () => resolve()));
    for (let i = 0; i < 100 && !(existsSync(`${files}.pid`) && /\(yes\/no\)/.test(screen)); i++) await sleep(100);
    const pid = Number(readFileSync(`${files}.pid`, 'utf8'));
    const tty = openSync(readlinkSync(`/proc/${pid}/fd/0`), 'r');
    const during = spawnSync('stty', ['-g'], { stdio: [tty, 'pipe', 'pipe'], encoding: 'utf8' }).stdout;
    closeSync(tty);
    process.kill(pid, signal);
    await exited;
    const before = readFileSync(`${files}.before`, 'utf8');
    expect(during).not.toBe(before); // the prompt had the terminal in raw mode...
    expect(readFileSync(`${files}.after`, 'utf8')).toBe(before); // ...and it is back as it was
    expect(Number(readFileSync(`${files}.code`, 'utf8'))).toBe(code);
  });

  // SIGINT during a paged read belongs to the pager (Ctrl-C reaches it too), and backpain waits
  // for it, as git and man do: tests/faults/pager.test.ts. The others are passed on to it.
  it.each([
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ] as const)('%s during a paged read: exit %i, the pager closed', async (signal, code) => {
    // A pager that never reads stands for a person reading page one.
    const pager = join(dir, `pager-${signal}.sh`);
    // It notes its process id, so the test needs no pgrep (procps is not in every image).
    writeFileSync(pager, `#!/bin/sh\necho $$ > "${pager}.pid"\necho PAGER-READY\nexec sleep 30\n`);
    chmodSync(pager, 0o755);
    const result = await signalled('read', { PAGER: pager }, /PAGER-READY/, signal);
    expect(result.code).toBe(code);
    expect(result.ms).toBeLessThan(3000);
    await sleep(200);
    expect(processState(Number(readFileSync(`${pager}.pid`, 'utf8')))).toMatch(/^(?:gone|Z)$/);
  });
});
