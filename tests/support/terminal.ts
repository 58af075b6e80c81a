// A real terminal for tests: a pseudo-terminal (util-linux `script`), tmux sessions on their own
// servers, signals sent to the real process, and the /proc states to watch it by.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, readlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN } from './cli.js';

export { BIN };
export const NODE = process.execPath;
export const CLI = `"${NODE}" "${BIN}"`;
export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export function tempDir(name: string): string {
  return mkdtempSync(join(tmpdir(), `backpain-test-${name}-`));
}

export const hasTmux = spawnSync('tmux', ['-V']).status === 0;
export const hasScript = spawnSync('script', ['--version']).status === 0;

/** A process's state letter from /proc (`T` stopped, `Z` ended but not reaped), or `gone`. */
export function processState(pid: number): string {
  try {
    return /\) (\S)/.exec(readFileSync(`/proc/${pid}/stat`, 'utf8'))?.[1] ?? 'gone';
  } catch {
    return 'gone';
  }
}

/** The pids of the children of `pid`. */
export function childrenOf(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

/** Waits until `done` holds or `ms` pass; says whether it held. */
export async function until(done: () => boolean, ms = 10_000): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end; ) {
    if (done()) return true;
    await sleep(50);
  }
  return done();
}

export interface InPty {
  /** Everything the terminal showed so far, escapes and all. */
  screen(): string;
  /** The pid of the process the command `exec`s into. */
  pid: number;
  /** Types into the terminal. */
  type(text: string): void;
  /** Resolves with the exit status of `script`, which is the command's. */
  exited: Promise<number | null>;
}

/**
 * Runs a shell command in a pseudo-terminal (util-linux `script`, 80 by 10), the shell `exec`ing
 * into `command` so that the pid given is the command's, once `ready` shows on the screen.
 */
export async function inPty(command: string, ready: RegExp, env: Record<string, string> = {}): Promise<InPty> {
  const pidFile = join(tempDir('pty'), 'pid');
  const child = spawn('script', ['-qec', `stty rows 10 cols 80; echo $$ > "${pidFile}"; exec ${command}`, '/dev/null'], { env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
  let screen = '';
  child.stdout.on('data', (chunk: Buffer) => (screen += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  await until(() => existsSync(pidFile) && ready.test(screen), 15_000);
  return { screen: () => screen, pid: Number(readFileSync(pidFile, 'utf8')), type: (text) => void child.stdin.write(text), exited };
}

/** What a shell around `backpain check` saw when a signal ended it: its exit code and the terminal's settings. */
export interface SignalledCheck {
  code: string;
  /** `stty -g` before backpain started, while its prompt waited, and after it ended. */
  before: string;
  during: string;
  after: string;
  screen: string;
}

/** The checklist's first prompt, as Inquirer.js shows it: the age. */
export const FIRST_PROMPT = /How old are you\?[^]*\(a whole number\)/;

/**
 * Runs `backpain check` in a pseudo-terminal, inside a shell that saves the terminal settings
 * before and after it; once the first prompt shows, reads them again and sends `signal` to
 * backpain itself.
 */
export async function checkSignalled(signal: NodeJS.Signals): Promise<SignalledCheck> {
  const files = join(tempDir('sig'), 'tty');
  const command = [
    'stty rows 10 cols 80',
    `stty -g > "${files}.before"`,
    `sh -c 'echo $$ > "${files}.pid"; exec ${CLI} check'`,
    `echo $? > "${files}.code"`,
    `stty -g > "${files}.after"`,
  ].join('; ');
  const child = spawn('script', ['-qec', command, '/dev/null'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let screen = '';
  child.stdout.on('data', (chunk: Buffer) => (screen += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.on('close', () => resolve()));
  await until(() => existsSync(`${files}.pid`) && FIRST_PROMPT.test(screen), 15_000);
  const pid = Number(readFileSync(`${files}.pid`, 'utf8'));
  const tty = openSync(readlinkSync(`/proc/${pid}/fd/0`), 'r');
  const during = spawnSync('stty', ['-g'], { stdio: [tty, 'pipe', 'pipe'], encoding: 'utf8' }).stdout;
  closeSync(tty);
  process.kill(pid, signal);
  await exited;
  const read = (name: string): string => readFileSync(`${files}.${name}`, 'utf8');
  return { code: read('code').trim(), before: read('before'), during, after: read('after'), screen };
}

/** A tmux session on its own server, for job control (Ctrl-Z, fg) in a real interactive shell. */
export class Tmux {
  readonly socket: string;
  constructor(readonly name: string) {
    this.socket = join(tempDir('tmux'), 'sock');
  }
  run(...args: string[]): string {
    const result = spawnSync('tmux', ['-S', this.socket, ...args], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`tmux ${args[0] ?? ''}: ${result.stderr}`);
    return result.stdout;
  }
  start(command: string, env = ''): void {
    this.run('new-session', '-d', '-s', this.name, '-x', '100', '-y', '40', `env ${env} ${command}`);
  }
  screen(): string {
    return this.run('capture-pane', '-p', '-t', this.name, '-S', '-200');
  }
  keys(...keys: string[]): void {
    this.run('send-keys', '-t', this.name, ...keys);
  }
  text(text: string): void {
    this.run('send-keys', '-t', this.name, '-l', text);
  }
  async waitFor(pattern: RegExp, ms = 15_000): Promise<boolean> {
    return until(() => pattern.test(this.screen()), ms);
  }
  kill(): void {
    spawnSync('tmux', ['-S', this.socket, 'kill-server']);
  }
}
