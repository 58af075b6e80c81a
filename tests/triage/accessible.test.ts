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

// The prompts of a person with nothing wrong, after the age: weak bones and steroid tablets; the
// emergency signs; the signs not from the back; the symptoms; the signs for today; then how long,
// which way, normal activities, coping.
const RED = 7;
const NOT_BACK = 9;
const SYMPTOMS = 2;
const TODAY = 9;
// A locale with no region: the result lists every number; LC_ALL empty so LANG decides.
const PLAIN_LOCALE = 'LC_ALL= LC_MESSAGES= LANG=C.UTF-8';

describe('the accessible checklist, driven in tmux', () => {
  const runs: [string, string[], RegExp][] = [
    ['emergency', ['45', 'no', 'no', '1', '1'], /Emergency: call 999, 911 or 112 now/],
    ['urgent', ['45', 'no', 'no', ...NO(RED), ...NO(NOT_BACK), ...NO(SYMPTOMS), 'yes', 'no', ...NO(TODAY - 1), '1', '1', 'no', 'no', 'none'], /Today: get medical advice today/],
    ['see-doctor', ['45', 'no', 'no', ...NO(RED), ...NO(NOT_BACK), '2', '1', 'no', 'no', ...NO(TODAY), '1', '1', 'no', 'no', '1 4'], /See a doctor: book an appointment/],
    ['self-care', ['45', 'no', 'no', ...NO(RED), ...NO(NOT_BACK), ...NO(SYMPTOMS), ...NO(TODAY), '1', '1', 'no', 'no', 'none'], /Self-care: look after yourself/],
  ];
  it.skipIf(!canRun).each(runs)('%s: one plain line at a time, answers said back in words, no cursor movement or redrawing (skipped outside CI without tmux)', async (name, answers, result) => {
    const { raw, screen } = await transcript(name, answers, PLAIN_LOCALE);
    expect(screen).toMatch(result);
    expect(raw).not.toMatch(MOVES);
    expect(raw).not.toContain('\r\u001b');
    expect(screen).toMatch(/^How old are you\?$/m);
    expect(screen).toMatch(/^Answer: 45\.$/m);
    expect(screen).toMatch(/^Emergency: Do you have pain, tingling, weakness or numbness in both of your legs\?$/m);
    expect(screen).toMatch(/^1\. yes {3}2\. no {3}3\. not sure$/m);
    expect(screen).toMatch(/^1\. yes {3}2\. no$/m);
    expect(screen).toMatch(/^Answer: (yes|no)\.$/m);
    expect(screen).not.toContain('[!]');
    expect(screen).not.toMatch(/[\u2500-\u257f\u2714\u276f]/);
  });

  it.skipIf(!canRun)('Enter alone on the age or an emergency question asks again; "not sure" is an answer; the multi-select takes a list of numbers or "none"', async () => {
    const answers = ['', '45', '', '', '', 'not sure', ...NO(RED - 1), ...NO(NOT_BACK), ...NO(SYMPTOMS), ...NO(TODAY), '1', '1', 'no', 'no', '9', '2 3'];
    const { screen } = await transcript('again', answers, PLAIN_LOCALE);
    expect(screen).toMatch(/Please type a whole number from 0 to 120, then press Enter\.\nHow old are you\?/);
    expect(screen).toMatch(/Please type yes, no or not sure, then press Enter\.\nEmergency: Do you have pain, tingling, weakness or numbness in both of your legs\?/);
    expect(screen).toMatch(/^Answer: not sure\.$/m);
    expect(screen).toMatch(/Please type numbers from the list, or none\./);
    expect(screen).toMatch(/^Answer: I sit for long periods of time; I am pregnant\.$/m);
    expect(screen).toMatch(/Today: get medical advice today/);
    expect(screen).toMatch(/You were not sure about: Both legs\./);
  });

  it.skipIf(!canRun)('in Spanish, from the environment (ACCESSIBLE=1): "sí" is yes on every kind of question', async () => {
    const raw = join(dir, 'es.raw');
    const tmux = tmuxFor('es');
    tmux('new-session', '-d', '-s', 'es', '-x', '120', '-y', '50', `env LC_ALL= LC_MESSAGES= LANG=es_ES.UTF-8 ACCESSIBLE=1 "${process.execPath}" "${BIN}" check; sleep 30`);
    tmux('pipe-pane', '-t', 'es', '-o', `cat >> '${raw}'`);
    const shown = (): string => tmux('capture-pane', '-p', '-t', 'es', '-S', '-300');
    // Age; "sí" to weak bones (not a warning sign); "no" to steroids and the five first emergency
    // signs; "sí" to the small fall, asked because of the weak bones: an emergency, by a rule.
    const answers = ['45', 'sí', 'no', ...NO(5), 'sí'];
    let typed = 0;
    for (const deadline = Date.now() + 50_000; Date.now() < deadline && !/Emergencia: llame/.test(shown()); ) {
      if ((shown().match(/^Escriba /gm) ?? []).length > typed && typed < answers.length) {
        tmux('send-keys', '-t', 'es', '-l', answers[typed] ?? '');
        tmux('send-keys', '-t', 'es', 'Enter');
        typed += 1;
      }
      await sleep(50);
    }
    const screen = shown();
    expect(screen).toMatch(/^Emergencia: ¿Tiene dolor, hormigueo, debilidad o entumecimiento \(piel dormida\) en las dos piernas\?$/m);
    expect(screen).toMatch(/^Respuesta: sí\.$/m);
    expect(screen).toMatch(/^Emergencia: llame ahora al 112$/m);
    expect(readFileSync(raw, 'utf8')).not.toMatch(MOVES);
  });
});
