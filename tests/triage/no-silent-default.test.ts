import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN } from '../support/cli.js';
import { Tmux } from '../support/terminal.js';

// A real terminal (tmux), with the Inquirer.js prompts: Enter alone on a warning sign must not move
// on; "not sure" is an answer; in Spanish, "sí" is yes on every kind of question; the emergency
// result leads with the number of the locale's region. .ci/run installs tmux, so CI runs this (and
// fails without it); a developer's machine without tmux skips.
const hasTmux = spawnSync('tmux', ['-V']).status === 0;
const canRun = hasTmux || process.env.CI === 'true';
const sessions: Tmux[] = [];
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

afterAll(() => {
  if (hasTmux) for (const each of sessions) each.kill();
});

/** The checklist in its own tmux server, in a locale (LC_ALL empty, so LANG decides). */
function start(locale: string): Tmux {
  // Each test's session on its own server: a server whose last session ends exits, and a new
  // session started on the same socket while it is exiting fails ("server exited unexpectedly").
  const tmux = new Tmux(`check${sessions.length}`);
  sessions.push(tmux);
  tmux.run('new-session', '-d', '-s', tmux.name, '-x', '200', '-y', '50', `env NO_COLOR=1 LC_ALL= LC_MESSAGES= LANG=${locale} "${process.execPath}" "${BIN}" check; echo CHECK-ENDED; sleep 30`);
  return tmux;
}

async function waitFor(tmux: Tmux, pattern: RegExp): Promise<string> {
  // A deadline, not a count of polls: on a loaded 2-core machine each tmux call can take a while.
  for (const deadline = Date.now() + 20_000; Date.now() < deadline; ) {
    const shown = tmux.screen();
    if (pattern.test(shown)) return shown;
    await sleep(100);
  }
  throw new Error(`timed out waiting for ${String(pattern)}; the screen shows:\n${tmux.screen()}`);
}

/** Inquirer.js marks each answered question with ✔ at the start of its line. */
const answered = (screen: string): number => (screen.match(/^✔ /gm) ?? []).length;

/** Types each answer once the question before it is answered ('' is Enter alone); waits for the end. */
async function answerAll(tmux: Tmux, answers: readonly string[]): Promise<string> {
  const base = answered(tmux.screen());
  for (const [i, answer] of answers.entries()) {
    // The question before this one is answered, and this one is showing.
    for (const deadline = Date.now() + 20_000; Date.now() < deadline; await sleep(50)) {
      const shown = tmux.screen();
      if (answered(shown) >= base + i && /^\? /m.test(shown)) break;
    }
    if (answer) tmux.text(answer);
    tmux.keys('Enter');
  }
  return waitFor(tmux, /CHECK-ENDED/);
}

const NO = (n: number): string[] => Array<string>(n).fill('no');
// After age, weak bones and steroid tablets: 7 emergency signs, 9 signs not from the back, 2
// symptoms, 9 signs for today; then how long and which way (Enter takes the first choice), normal
// activities, coping, and the risk factors (Enter ticks none).
const REST = [...NO(9), ...NO(2), ...NO(9), '', '', 'no', 'no', ''];

describe('the checklist on a terminal (tmux)', () => {
  it.skipIf(!canRun)('Enter alone on the age or a warning sign asks again; "not sure" is an answer, with advice now (skipped outside CI without tmux)', async () => {
    const tmux = start('en_US.UTF-8');
    await waitFor(tmux, /How old are you\?/);
    tmux.keys('Enter');
    await waitFor(tmux, /Please type a whole number from 0 to 120/);
    tmux.text('45');
    tmux.keys('Enter');
    // Weak bones and steroid tablets are not warning signs: Enter alone is no.
    await waitFor(tmux, /weak bones \(osteoporosis\)\? \(yes\/no, Enter for no\)/);
    tmux.keys('Enter');
    await waitFor(tmux, /steroid tablets/);
    tmux.keys('Enter');
    const sign = await waitFor(tmux, /\[!\] Emergency: Do you have pain, tingling, weakness or numbness in both of your legs\? \(yes\/no\/not sure\)/);
    expect(sign).toMatch(/✔ .*weak bones \(osteoporosis\)\? .*no$/m);
    tmux.keys('Enter');
    const after = await waitFor(tmux, /Please type yes, no or not sure/);
    expect(after).not.toMatch(/between your legs/);
    tmux.text('maybe');
    tmux.keys('Enter');
    await sleep(300);
    expect(tmux.screen()).not.toMatch(/between your legs/);
    tmux.keys('C-u');
    tmux.text('not sure');
    tmux.keys('Enter');
    await waitFor(tmux, /between your legs/);
    const result = await answerAll(tmux, [...NO(6), ...REST]);
    expect(result).toMatch(/both of your legs\? \(yes\/no\/not sure\) not sure$/m);
    expect(result).toMatch(/^\[!\] Today: get medical advice today$/m);
    expect(result).toMatch(/^\[!\] You were not sure about: Both legs\.$/m);
    expect(result.replace(/\s+/g, ' ')).toMatch(/Get advice now, not later today/);
  });

  it.skipIf(!canRun)('in Spanish, "sí" is yes on every kind of question: a number\'s neighbours, a symptom, a sign for today (skipped outside CI without tmux)', async () => {
    const tmux = start('es_MX.UTF-8');
    await waitFor(tmux, /¿Cuántos años tiene\?/);
    // Age; "sí" to weak bones; steroid tablets no; the five first emergency signs and the small
    // fall (asked because of the weak bones) no; the changes in peeing and pooing no; the signs not
    // from the back no; "sí" to pain down one leg (then its follow-up, no), one leg numb no; the
    // signs for today no, but "Sí" to the sudden start (asked because of the weak bones).
    const answers = ['45', 'sí', 'no', ...NO(5), 'no', 'no', 'no', ...NO(9), 'sí', 'no', 'no', ...NO(8), 'Sí', 'no', '', '', 'no', 'no', ''];
    const result = await answerAll(tmux, answers);
    expect(result).toMatch(/osteoporosis\)\? \(sí\/no; Intro sin más es no\) sí$/m);
    expect(result).toMatch(/^✔ ¿Le duele más al estar sentado/m);
    expect(result).toMatch(/^\[!\] Hoy: pida consejo médico hoy$/m);
    expect(result).not.toMatch(/\(y\/N\)/);
  });

  it.skipIf(!canRun).each([
    ['en_US.UTF-8', 'yes', '[!] Emergency: call 911 now'],
    ['en_GB.UTF-8', 'yes', '[!] Emergency: call 999 now'],
    ['es_ES.UTF-8', 'sí', '[!] Emergencia: llame ahora al 112'],
    ['es_MX.UTF-8', 'sí', '[!] Emergencia: llame ahora al 911'],
  ])('LANG=%s: the emergency result leads with its number (skipped outside CI without tmux)', async (locale, yes, first) => {
    const tmux = start(locale);
    // Age; weak bones and steroid tablets no; both legs, numb between the legs and sex no; chest pain yes.
    const result = await answerAll(tmux, ['45', '', '', 'no', 'no', 'no', yes]);
    const lines = result.split('\n');
    const at = lines.findIndex((line) => line.startsWith('[!] '));
    expect(lines[at]).toBe(first);
  });
});
