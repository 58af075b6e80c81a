import { createConnection } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI, FIRST_PROMPT, Tmux, checkSignalled, hasScript, hasTmux, inPty, processState, sleep } from './support.js';

// Job control and signals at a real terminal: Ctrl-Z and fg resume the checklist; every
// terminating signal restores the terminal and ends with 128 + its number; a dumb terminal gets
// no cursor codes; SIGUSR1 opens no inspector.
const sessions: Tmux[] = [];
afterAll(() => {
  for (const session of sessions) session.kill();
});

describe.skipIf(!hasTmux)('Ctrl-Z, then fg, in an interactive shell in tmux', () => {
  it.each([
    ['the checklist', '', FIRST_PROMPT],
    ['the accessible checklist', '--accessible', /^Type a whole number/m],
  ])('%s stops, and resumes where it was; Ctrl-D after that still cancels, 130', async (_, flag, prompt) => {
    const tmux = new Tmux(`z${sessions.length}`);
    sessions.push(tmux);
    tmux.start('bash --norc --noprofile -i', 'PS1=$ TERM=xterm-256color');
    await tmux.waitFor(/\$ ?$/m);
    tmux.text(`${CLI} check ${flag}`);
    tmux.keys('Enter');
    expect(await tmux.waitFor(prompt)).toBe(true);
    tmux.text('45');
    tmux.keys('Enter');
    await sleep(500);
    tmux.keys('C-z');
    expect(await tmux.waitFor(/Stopped/)).toBe(true);
    tmux.text('fg');
    tmux.keys('Enter');
    await sleep(800);
    // Back in the checklist: the second question takes an answer.
    tmux.text('no');
    tmux.keys('Enter');
    expect(await tmux.waitFor(/steroid tablets/), tmux.screen()).toBe(true);
    expect(tmux.screen()).not.toMatch(/Checklist cancelled/);
    tmux.keys('C-d');
    expect(await tmux.waitFor(/Checklist cancelled/), tmux.screen()).toBe(true);
    // $? after fg is the job's own exit status.
    tmux.text('echo "ended=$?"');
    tmux.keys('Enter');
    expect(await tmux.waitFor(/^ended=130$/m), tmux.screen()).toBe(true);
    expect(tmux.screen()).toMatch(/Checklist cancelled\./);
  });
});

describe.skipIf(!hasScript)('every terminating signal ends the checklist cleanly (in a pseudo-terminal)', () => {
  const cases = [
    ['SIGHUP', 129],
    ['SIGQUIT', 131],
    ['SIGUSR2', 140],
    ['SIGALRM', 142],
    ['SIGXCPU', 152],
  ] as const;
  it.each(cases)('%s: exit %i, the cursor shown again and the terminal settings restored', async (signal, code) => {
    const seen = await checkSignalled(signal);
    expect(seen.code).toBe(String(code));
    expect(seen.during).not.toBe(seen.before);
    expect(seen.after).toBe(seen.before);
    expect(seen.screen.slice(seen.screen.lastIndexOf('(a whole number)'))).toContain('\u001b[?25h');
  });

  it('TERM=dumb: the checklist asks in plain lines, and no cursor-movement code is sent', async () => {
    const pty = await inPty(`${CLI} check`, /Type a whole number/, { TERM: 'dumb' });
    // 45; Enter alone for no (weak bones, steroids); yes to both legs, and yes, it is new.
    for (const line of ['45', '', '', '1', '1']) {
      pty.type(`${line}\r`);
      await sleep(300);
    }
    expect(await Promise.race([pty.exited, sleep(10_000).then(() => 'running')])).toBe(0);
    const raw = pty.screen();
    expect(raw).toMatch(/Emergency: call 999, 911 or 112 now/);
    // eslint-disable-next-line no-control-regex -- any CSI but colour, and the other moves
    expect(raw).not.toMatch(/\u001b\[[0-9;?]*[A-HJKSTfhlnsu]|\u001b[78DEM]/);
  });

  it('SIGUSR1 opens no inspector: it ends the checklist with 138, and nothing listens on 127.0.0.1:9229', async () => {
    const pty = await inPty(`${CLI} check`, FIRST_PROMPT);
    process.kill(pty.pid, 'SIGUSR1');
    await sleep(500);
    const listening = await new Promise<boolean>((resolve) => {
      const socket = createConnection({ host: '127.0.0.1', port: 9229 });
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    const status = await Promise.race([pty.exited, sleep(5000).then(() => 'running')]);
    if (status === 'running') process.kill(pty.pid, 'SIGKILL');
    expect(listening).toBe(false);
    expect(status).toBe(138);
    expect(processState(pty.pid)).toMatch(/gone|Z/);
  });
});
