import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN } from '../support/cli.js';
import { Tmux } from '../support/terminal.js';

// The accessible checklist in a real terminal (tmux), through all four urgencies. The raw bytes the
// terminal got are kept (tmux pipe-pane) and must hold no escape that moves the cursor, clears the
// screen or redraws: a screen reader or braille display reads them as they come.
const hasTmux = spawnSync('tmux', ['-V']).status === 0;
const canRun = hasTmux || process.env.CI === 'true';
const dir = mkdtempSync(join(tmpdir(), 'backpain-accessible-'));
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const sessions: Tmux[] = [];
afterAll(() => {
  if (hasTmux) for (const session of sessions) session.kill();
  rmSync(dir, { recursive: true, force: true });
});

// Each session on its own server: a server whose last session ends exits, and a new session started
// on the same socket while it is exiting fails ("server exited unexpectedly").
function tmuxFor(name: string): (...args: string[]) => string {
  const session = new Tmux(name);
  sessions.push(session);
  return (...args) => session.run(...args);
}

/** Runs the accessible checklist, typing each answer once its prompt shows; returns the raw bytes and the screen. */
async function transcript(name: string, answers: readonly string[], env: string): Promise<{ raw: string; screen: string }> {
  const raw = join(dir, `${name}.raw`);
  const tmux = tmuxFor(name);
  tmux('new-session', '-d', '-s', name, '-x', '120', '-y', '50', `env TERM=xterm-256color ${env} "${process.execPath}" "${BIN}" check --accessible; echo CHECK-ENDED; sleep 30`);
  tmux('pipe-pane', '-t', name, '-o', `cat >> '${raw}'`);
  const shown = (): string => tmux('capture-pane', '-p', '-t', name, '-S', '-500');
  let typed = 0;
  // A deadline, not a count of polls: on a loaded 2-core machine each tmux call can take a while.
  for (const deadline = Date.now() + 50_000; Date.now() < deadline && !/CHECK-ENDED/.test(shown()); ) {
    const prompts = (shown().match(/^(Type|Escriba) /gm) ?? []).length;
    if (prompts > typed && typed < answers.length) {
      tmux('send-keys', '-t', name, '-l', answers[typed] ?? '');
      tmux('send-keys', '-t', name, 'Enter');
      typed += 1;
    }
    await sleep(50);
  }
  const screen = shown();
  tmux('kill-session', '-t', name);
  return { raw: readFileSync(raw, 'utf8'), screen };
}

const NO = (n: number): string[] => Array<string>(n).fill('no');
// Any CSI sequence but colour (SGR, ending in m), and the other ways to move or clear.
// eslint-disable-next-line no-control-regex
const MOVES = /\u001b\[[0-9;?]*[A-HJKSTfhlnsu]|\u001b[78DEM]|\u001bc/;

describe('the accessible checklist, driven in tmux', () => {
  const runs: [string, string[], RegExp][] = [
    ['emergency', ['1'], /Emergency: call 999, 911 or 112 now/],
    ['urgent', [...NO(8), 'yes', ...NO(7), ...NO(3), 'none'], /Today: get medical advice today/],
    ['see-doctor', [...NO(16), '2', '1', 'no', '1 4'], /See a doctor: book an appointment/],
    ['self-care', [...NO(16), ...NO(3), 'none'], /Self-care: look after yourself/],
  ];
  it.skipIf(!canRun).each(runs)('%s: one plain line at a time, answers said back in words, no cursor movement or redrawing (skipped outside CI without tmux)', async (name, answers, result) => {
    const { raw, screen } = await transcript(name, answers, '');
    expect(screen).toMatch(result);
    expect(raw).not.toMatch(MOVES);
    expect(raw).not.toContain('\r\u001b');
    expect(screen).toMatch(/^Emergency: Do you have pain, tingling, weakness or numbness in both of your legs\?$/m);
    expect(screen).toMatch(/^1\. yes {3}2\. no$/m);
    expect(screen).toMatch(/^Answer: (yes|no)\.$/m);
    expect(screen).not.toContain('[!]');
    expect(screen).not.toMatch(/[\u2500-\u257f\u2714\u276f]/);
  }, 60_000);

  it.skipIf(!canRun)('Enter alone on an emergency question asks again; the multi-select takes a list of numbers or "none"', async () => {
    const { screen } = await transcript('again', ['', 'no', ...NO(15), ...NO(3), '9', '2 3'], '');
    expect(screen).toMatch(/Please type yes or no, then press Enter\.\nEmergency: Do you have pain, tingling, weakness or numbness in both of your legs\?/);
    expect(screen).toMatch(/Please type numbers from the list, or none\./);
    expect(screen).toMatch(/^Answer: I carry extra body weight; I sit for long periods of time\.$/m);
  }, 60_000);

  it.skipIf(!canRun)('in Spanish, from the environment (ACCESSIBLE=1)', async () => {
    const raw = join(dir, 'es.raw');
    const tmux = tmuxFor('es');
    tmux('new-session', '-d', '-s', 'es', '-x', '120', '-y', '50', `env LANG=es_ES.UTF-8 ACCESSIBLE=1 "${process.execPath}" "${BIN}" check; sleep 30`);
    tmux('pipe-pane', '-t', 'es', '-o', `cat >> '${raw}'`);
    const waitFor = async (pattern: RegExp): Promise<void> => {
      for (const deadline = Date.now() + 20_000; Date.now() < deadline && !pattern.test(tmux('capture-pane', '-p', '-t', 'es')); ) await sleep(50);
    };
    await waitFor(/^Escriba /m);
    tmux('send-keys', '-t', 'es', 'sí', 'Enter');
    await waitFor(/Emergencia: llame/);
    const screen = tmux('capture-pane', '-p', '-t', 'es', '-S', '-200');
    expect(screen).toMatch(/^Emergencia: ¿Tiene dolor, hormigueo, debilidad o entumecimiento en las dos piernas\?$/m);
    expect(screen).toMatch(/^Respuesta: sí\.$/m);
    expect(screen).toMatch(/Emergencia: llame al 112 o al 911 ahora/);
    expect(readFileSync(raw, 'utf8')).not.toMatch(MOVES);
  }, 60_000);
});
