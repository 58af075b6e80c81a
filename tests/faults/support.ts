// Real faults for tests/faults/: a small disk (tmpfs), a file-size limit (ulimit -f), a read-only
// file system, an unprivileged user; the pseudo-terminal, tmux and signal helpers are in
// tests/support/terminal.ts (other tests use them too), and are re-exported here.
import { spawnSync } from 'node:child_process';

export * from '../support/terminal.js';

export interface Ran {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** A shell script, with a time limit; the variables in `env` are added to the environment. */
export function sh(script: string, env: Record<string, string> = {}, input = ''): Ran {
  const result = spawnSync('bash', ['-c', script], { encoding: 'utf8', input, env: { ...process.env, ...env }, timeout: 20_000 });
  return { status: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr };
}

const isRoot = process.getuid?.() === 0;

/**
 * How to run a script with a small file system mounted at $DISK (tmpfs, `size` KiB, or read-only):
 * directly as root, in a user and mount namespace otherwise; undefined when neither can mount.
 */
function mounter(): ((options: string, script: string) => string) | undefined {
  const wrap = (options: string, script: string): string => `DISK=$(mktemp -d); mount -t tmpfs -o ${options} tmpfs "$DISK" || exit 97; export DISK; ${script}; code=$?; umount "$DISK"; rmdir "$DISK"; exit $code`;
  if (isRoot && sh(wrap('size=16k', 'true')).status === 0) return wrap;
  const inNamespace = (options: string, script: string): string => `unshare -rm bash -c ${JSON.stringify(wrap(options, script))}`;
  if (sh(inNamespace('size=16k', 'true')).status === 0) return inNamespace;
  return undefined;
}

export const mount = mounter();
export const canMount = mount !== undefined;

/** Runs `script` with a tmpfs at $DISK: `options` such as `size=16k` or `ro,size=64k`. */
export function onDisk(options: string, script: string): Ran {
  if (!mount) throw new Error('this machine cannot mount a tmpfs');
  return sh(mount(options, script));
}

/** As an unprivileged user (nobody), for permission errors that root would not meet; undefined when that cannot be done. */
export const asNobody: string | undefined = isRoot && sh('setpriv --reuid=65534 --regid=65534 --clear-groups true').status === 0 ? 'setpriv --reuid=65534 --regid=65534 --clear-groups' : undefined;
