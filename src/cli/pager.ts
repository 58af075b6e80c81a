import { EXIT_SIGNALS, SIGNAL_EXIT, type ExitSignal } from '../core/exit.js';

/**
 * Pipes text through a pager program (no shell: `$PAGER` is split on spaces). Resolves false when
 * the program cannot be started, so the caller prints plainly instead. Ctrl-C or SIGTERM while
 * paging closes the pager and ends the process at once.
 */
export async function page(text: string, command: string, env: NodeJS.ProcessEnv): Promise<boolean> {
  const [program, ...args] = command.split(/\s+/).filter(Boolean);
  if (!program) return false;
  // Loaded here: only a paged read needs to start a process.
  const { spawn } = await import('node:child_process');
  return new Promise((resolve) => {
    const child = spawn(program, args, { stdio: ['pipe', 'inherit', 'inherit'], env: { ...env, LESS: env.LESS ?? 'FRX' } });
    const stop = (signal: ExitSignal): void => {
      child.kill('SIGTERM');
      process.exit(SIGNAL_EXIT[signal]);
    };
    const cleanup = (): void => {
      for (const signal of EXIT_SIGNALS) process.off(signal, stop);
    };
    for (const signal of EXIT_SIGNALS) process.on(signal, stop);
    child.on('error', () => {
      cleanup();
      resolve(false);
    });
    child.on('spawn', () => {
      child.stdin.on('error', () => undefined); // the reader quit early (q in less): not an error
      child.stdin.end(text);
    });
    child.on('close', () => {
      cleanup();
      resolve(true);
    });
  });
}
