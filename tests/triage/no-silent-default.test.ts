import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN } from '../support/cli.js';
import { Tmux } from '../support/terminal.js';

// A real terminal (tmux): Enter alone on an emergency question must not move on. .ci/run installs
// tmux, so CI runs this (and fails without it); a developer's machine without tmux skips.
const hasTmux = spawnSync('tmux', ['-V']).status === 0;
const canRun = hasTmux || process.env.CI === 'true';
// Each test's session on its own server: a server whose last session ends exits, and a new session
// started on the same socket while it is exiting fails ("server exited unexpectedly").
const sessions = [new Tmux('en'), new Tmux('es')];
let session = sessions[0];
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function tmux(...args: string[]): string {
  if (!session) throw new Error('no tmux session');
  return session.run(...args);
}

const screen = (): string => tmux('capture-pane', '-p', '-t', 'check');

async function waitFor(pattern: RegExp): Promise<string> {
  // A deadline, not a count of polls: on a loaded 2-core machine each tmux call can take a while.
  for (const deadline = Date.now() + 20_000; Date.now() < deadline; ) {
    const shown = screen();
    if (pattern.test(shown)) return shown;
    await sleep(100);
  }
  throw new Error(`timed out waiting for ${String(pattern)}; the screen shows:\n${screen()}`);
}

afterAll(() => {
  if (hasTmux) for (const each of sessions) each.kill();
});

describe('the checklist on a terminal (tmux)', () => {
  it.skipIf(!canRun)('Enter alone on the first emergency question asks again; a typed "no" moves on (skipped outside CI without tmux)', async () => {
    tmux('new-session', '-d', '-s', 'check', '-x', '100', '-y', '30', `env NO_COLOR=1 "${process.execPath}" "${BIN}" check; sleep 30`);
    await waitFor(/both of your legs\? \(yes\/no\)/);
    tmux('send-keys', '-t', 'check', 'Enter');
    const after = await waitFor(/Please type yes or no/);
    expect(after).toMatch(/both of your legs\? \(yes\/no\)/);
    expect(after).not.toMatch(/between your legs/);
    tmux('send-keys', '-t', 'check', 'maybe', 'Enter');
    await sleep(300);
    expect(screen()).not.toMatch(/between your legs/);
    tmux('send-keys', '-t', 'check', 'C-u', 'no', 'Enter');
    const next = await waitFor(/between your legs/);
    expect(next).toMatch(/both of your legs\? \(yes\/no\) no$/m);
  }, 60_000);

  it.skipIf(!canRun)('in Spanish too: Enter alone asks again, "NO", "n" and "No" are answers, "sí" to an emergency sign ends it (skipped outside CI without tmux)', async () => {
    session = sessions[1];
    tmux('new-session', '-d', '-s', 'check', '-x', '100', '-y', '40', `env NO_COLOR=1 LANG=es_ES.UTF-8 "${process.execPath}" "${BIN}" check; sleep 30`);
    await waitFor(/en las dos piernas\? \(sí\/no\)/);
    tmux('send-keys', '-t', 'check', 'Enter');
    await waitFor(/Escriba sí o no/);
    expect(screen()).not.toMatch(/entre las piernas/);
    // "NO" in capitals is an answer: the next question comes.
    tmux('send-keys', '-t', 'check', 'NO', 'Enter');
    await waitFor(/entre las piernas/);
    for (const word of ['n', 'No', 'no']) {
      tmux('send-keys', '-t', 'check', word, 'Enter');
      await sleep(200);
    }
    // Five "no" so far; "sí" to the sexual-function question, an emergency: the checklist stops.
    tmux('send-keys', '-t', 'check', 'sí', 'Enter');
    const result = await waitFor(/Emergencia: llame al 112 o al 911 ahora/);
    expect(result).toMatch(/\(sí\/no\) sí$/m);
  }, 60_000);
});
