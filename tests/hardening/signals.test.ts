import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN } from '../support/cli.js';
import { FIRST_PROMPT, checkSignalled, processState } from '../support/terminal.js';

const dir = mkdtempSync(join(tmpdir(), 'backpain-sig-'));
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

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
    const result = await signalled('check', {}, FIRST_PROMPT, signal);
    expect(result.code).toBe(code);
    expect(result.ms).toBeLessThan(3000);
    const after = result.screen.slice(result.screen.lastIndexOf('(a whole number)') + 16);
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
    // A shell around backpain reads the terminal settings before and after it.
    const seen = await checkSignalled(signal);
    expect(seen.during).not.toBe(seen.before); // the prompt had the terminal in raw mode...
    expect(seen.after).toBe(seen.before); // ...and it is back as it was
    expect(Number(seen.code)).toBe(code);
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
