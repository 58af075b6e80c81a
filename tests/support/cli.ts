import { spawnSync } from 'node:child_process';
import { fileSource } from '../../src/data/files.js';
import { fileURLToPath } from 'node:url';

/** The built CLI; BACKPAIN_TEST_BIN runs the tests against another build (to show a new test failing on an old one). */
export const BIN = process.env.BACKPAIN_TEST_BIN ?? fileURLToPath(new URL('../../bin/backpain.js', import.meta.url));

export interface Result {
  stdout: string;
  stderr: string;
  code: number | null;
}

/**
 * Runs the built CLI as a child process on pipes (so stdout is not a terminal), with colour
 * variables cleared unless the test sets them.
 */
export function backpain(args: readonly string[], options: { env?: Record<string, string>; input?: string; cwd?: string } = {}): Result {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !['FORCE_COLOR', 'NO_COLOR', 'COLUMNS', 'TERM', 'COLORTERM'].includes(key)) env[key] = value;
  }
  const result = spawnSync(process.execPath, [BIN, ...args], {
    env: { ...env, FORCE_HYPERLINK: '0', ...options.env },
    input: options.input ?? '',
    ...(options.cwd ? { cwd: options.cwd } : {}),
    encoding: 'utf8',
    timeout: 15_000,
  });
  return { stdout: result.stdout, stderr: result.stderr, code: result.status };
}

export const ESC = '\u001b';

/** The data files of the build, as the CLI reads them: for tests that run the CLI in-process. */
export const builtData = fileSource(fileURLToPath(new URL('../..', import.meta.url)));
