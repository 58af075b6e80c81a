import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, childrenOf, hasScript, inPty, processState, sleep, tempDir, until } from './support.js';

// The pager, run as git and man run it: through the shell; Ctrl-C belongs to it while it runs;
// SIGTERM is passed on to it; a pager that fails is said so and the text is printed anyway.
const hasLess = spawnSync('less', ['--version']).status === 0;
const SKIP = !hasScript;

async function ended(exited: Promise<number | null>, ms: number): Promise<number | null | 'running'> {
  return Promise.race([exited, sleep(ms).then(() => 'running' as const)]);
}

describe.skipIf(SKIP)('the pager (in a pseudo-terminal, util-linux script)', () => {
  it('PAGER runs through the shell, so quoted arguments work', async () => {
    const dir = join(tempDir('pager-quote'), 'a folder with spaces');
    mkdirSync(dir);
    const file = join(dir, 'paged.txt');
    const pty = await inPty(`${CLI} read causes`, /$/, { PAGER: `cat > "${file}"` });
    expect(await ended(pty.exited, 10_000)).toBe(0);
    expect(readFileSync(file, 'utf8')).toMatch(/What causes sciatica\?/);
  });

  it.each([
    ['exit 3', /^backpain: the pager 'exit 3' ended with status 3; printing the text without it\.\r?$/m],
    ['no-such-pager-here', /^backpain: the pager 'no-such-pager-here' could not be started; printing the text without it\.\r?$/m],
    ['kill -SEGV $$', /^backpain: the pager 'kill -SEGV \$\$' was ended by SIGSEGV; printing the text without it\.\r?$/m],
  ])('a pager that fails (%s) is said so in one line, and the text is printed plainly', async (pager, line) => {
    const pty = await inPty(`${CLI} read causes`, /$/, { PAGER: pager });
    expect(await ended(pty.exited, 10_000)).toBe(0);
    expect(pty.screen()).toMatch(line);
    expect(pty.screen()).toMatch(/What causes sciatica\?/);
  });

  it('Ctrl-C while the pager runs: backpain waits for it, leaving no orphan and no eaten keystroke', async () => {
    const dir = tempDir('pager-int');
    const done = join(dir, 'done');
    const ready = join(dir, 'ready');
    // A pager that, like less, takes Ctrl-C and goes on; it ends a moment later. It says when its
    // trap is set: on a loaded machine its shell may not have got that far when the pager starts.
    const pager = `trap '' INT; : > "${ready}"; cat > /dev/null; sleep 1; echo pager-finished > "${done}"`;
    const pty = await inPty(`${CLI} read`, /$/, { PAGER: pager });
    await until(() => existsSync(ready));
    pty.type('\u0003');
    await sleep(300);
    expect(processState(pty.pid), 'backpain ended while its pager still ran').not.toMatch(/gone|Z/);
    expect(await ended(pty.exited, 10_000)).toBe(0);
    expect(existsSync(done)).toBe(true);
  });

  it.skipIf(!hasLess)('Ctrl-C in less does not end backpain; q ends both with exit 0', async () => {
    const pty = await inPty(`${CLI} read`, /\S/, { TERM: 'xterm' });
    await until(() => childrenOf(pty.pid).length > 0);
    const [less] = childrenOf(pty.pid);
    await sleep(500);
    pty.type('\u0003');
    await sleep(500);
    expect(processState(pty.pid)).not.toMatch(/gone|Z/);
    expect(processState(less ?? 0)).not.toMatch(/gone|Z/);
    pty.type('q');
    expect(await ended(pty.exited, 10_000)).toBe(0);
  });

  it.each(['SIGTERM', 'SIGHUP'] as const)('%s while the pager runs is passed on to it; backpain then ends with 128 + n and leaves nothing running', async (signal) => {
    const got = join(tempDir('pager-term'), 'got');
    // A pager that says which signal reached it, and then ends.
    const pager = `trap 'echo TERM > "${got}"; exit 0' TERM; trap 'echo HUP > "${got}"; exit 0' HUP; cat > /dev/null; while :; do sleep 0.1; done`;
    const pty = await inPty(`${CLI} read`, /$/, { PAGER: pager });
    await until(() => childrenOf(pty.pid).length > 0);
    const child = childrenOf(pty.pid)[0] ?? 0;
    await sleep(300);
    process.kill(pty.pid, signal);
    expect(await ended(pty.exited, 5000)).toBe(signal === 'SIGTERM' ? 143 : 129);
    expect(readFileSync(got, 'utf8')).toBe(`${signal.slice(3)}\n`);
    expect(await until(() => ['gone', 'Z'].includes(processState(child)), 3000), 'the pager was left running').toBe(true);
  });

  it('the default pager keeps no history file (LESSHISTFILE=-); a PAGER the user chose is left as it is', async () => {
    const dir = tempDir('pager-hist');
    const bin = join(dir, 'bin');
    mkdirSync(bin);
    const seen = join(dir, 'seen');
    writeFileSync(join(bin, 'less'), `#!/bin/sh\necho "LESSHISTFILE=\${LESSHISTFILE-unset} args=$*" > "${seen}"\ncat > /dev/null\n`);
    chmodSync(join(bin, 'less'), 0o755);
    const env = { PATH: `${bin}:${process.env.PATH ?? ''}` };
    const byDefault = await inPty(`${CLI} read`, /$/, env);
    expect(await ended(byDefault.exited, 10_000)).toBe(0);
    expect(readFileSync(seen, 'utf8')).toBe('LESSHISTFILE=- args=-FRX\n');
    const chosen = await inPty(`${CLI} read`, /$/, { ...env, PAGER: 'less' });
    expect(await ended(chosen.exited, 10_000)).toBe(0);
    expect(readFileSync(seen, 'utf8')).toBe(`LESSHISTFILE=${process.env.LESSHISTFILE ?? 'unset'} args=\n`);
  });
});
