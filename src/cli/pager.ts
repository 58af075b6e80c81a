import type { PagerResult } from '../commands/context.js';
import { holdSignals, signalExit } from './signals.js';
import type { ExitSignal } from '../core/exit.js';

/**
 * Pipes text through the pager, run by the shell as git and man run it (`sh -c "$PAGER"`), so a
 * PAGER with quoted arguments works. While it runs, Ctrl-C belongs to the pager (less takes it;
 * so does the terminal's whole foreground group), so SIGINT is ignored here and the pager is
 * waited for; SIGTERM, SIGHUP and the other terminating signals are passed on to it, and the
 * process ends once it has. A pager that cannot run, or fails, is reported by the caller, who
 * then prints the text plainly.
 */
export async function page(text: string, command: string, env: NodeJS.ProcessEnv, chosen: boolean): Promise<PagerResult> {
  // Loaded here: only a paged read needs to start a process.
  const { spawn } = await import('node:child_process');
  // less keeps a history file under $HOME; the default pager should leave nothing behind.
  const extra = chosen ? {} : { LESSHISTFILE: env.LESSHISTFILE ?? '-' };
  return new Promise((resolve) => {
    const child = spawn('/bin/sh', ['-c', command], { stdio: ['pipe', 'inherit', 'inherit'], env: { ...env, LESS: env.LESS ?? 'FRX', ...extra } });
    let ending: ExitSignal | undefined;
    const release = holdSignals((signal) => {
      if (signal === 'SIGINT') return;
      ending = signal;
      child.kill(signal);
    });
    child.on('error', () => {
      release();
      resolve({ shown: false, why: 'notStarted' });
    });
    child.on('spawn', () => {
      child.stdin.on('error', () => undefined); // the reader quit early (q in less): not an error
      child.stdin.end(text);
    });
    child.on('close', (status, signal) => {
      release();
      if (ending) {
        void signalExit(ending).then((code) => process.exit(code));
        return;
      }
      // The shell says 127 for a program it cannot find and 126 for one it cannot run.
      if (status === 127 || status === 126) resolve({ shown: false, why: 'notFound' });
      else if (signal && signal !== 'SIGINT' && signal !== 'SIGPIPE') resolve({ shown: false, why: 'signal', detail: signal });
      else if (status !== null && status !== 0 && status !== 130) resolve({ shown: false, why: 'status', detail: String(status) });
      else resolve({ shown: true });
    });
  });
}
