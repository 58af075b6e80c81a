import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { Asker } from '../../src/check/flow.js';
import { inquirerAsker } from '../../src/check/prompts.js';
import { en } from '../../src/messages/en.js';
import { es } from '../../src/messages/es.js';
import { isPromptExit } from '../../src/check/flow.js';
import { createRun } from '../../src/cli/run.js';

const run = createRun();
import { fakeIo } from '../support/fake-io.js';

function scripted(yes: readonly string[], ticked: readonly string[], said: string[] = []): Asker {
  return {
    confirm: async (q) => yes.includes(q.id),
    choose: async () => [...ticked],
    say: (text) => void said.push(text),
  };
}

function exitPromptError(): Error {
  return Object.assign(new Error('User force closed the prompt with SIGINT'), { name: 'ExitPromptError' });
}

describe('interactive check on a terminal', () => {
  it('says what the checklist is first, then shows the result', async () => {
    const said: string[] = [];
    const io = fakeIo({ tty: true, env: { NO_COLOR: '1' }, asker: scripted(['leg-tingling-weakness'], ['long-sitting'], said) });
    expect(await run(['check'], io)).toBe(0);
    expect(said[0]).toMatch(/does not diagnose/);
    expect(io.out()).toMatch(/^\nSee a doctor: book an appointment/);
    expect(io.out()).toContain('Sitting');
    expect(io.err()).toBe('');
  });

  it('a warning sign answered yes shows the emergency advice', async () => {
    const io = fakeIo({ tty: true, env: { NO_COLOR: '1' }, asker: scripted(['both-legs'], []) });
    expect(await run(['check'], io)).toBe(0);
    expect(io.out()).toMatch(/^\n\[!\] Emergency: call 999, 911 or 112 now/);
  });

  it('Ctrl-C at a prompt: one line, exit 130, nothing else', async () => {
    const asker: Asker = { ...scripted([], []), confirm: async () => Promise.reject(exitPromptError()) };
    const io = fakeIo({ tty: true, asker });
    expect(await run(['check'], io)).toBe(130);
    expect(io.err()).toBe('Checklist cancelled.\n');
    expect(io.out()).not.toMatch(/See a doctor|Emergency/);
  });
});

describe('the Inquirer.js asker, driven through streams', () => {
  const question = { id: 'age', kind: 'risk-factor' as const, text: 'Is it so?', name: 'Age', summary: '', tier: 'self-care' as const, advice: '', ask: 'one' as const, section: 'risk-factors', lead: '' };

  function streams(): { input: PassThrough & { isTTY?: boolean }; output: PassThrough; shown: () => string } {
    const input = new PassThrough();
    const output = new PassThrough();
    let shown = '';
    output.on('data', (chunk: Buffer) => (shown += chunk.toString()));
    return { input, output, shown: () => shown };
  }

  it('answers a yes/no question from the input stream', async () => {
    const { input, output, shown } = streams();
    const answer = inquirerAsker(en, { input, output }).confirm(question, false);
    input.write('y\r');
    await expect(answer).resolves.toBe(true);
    expect(shown()).toContain('Is it so?');
  });

  it('a question that must be answered has no default: Enter alone and other words ask again', async () => {
    const { input, output, shown } = streams();
    let settled: boolean | undefined;
    const answer = inquirerAsker(en, { input, output }).confirm(question, true).then((value) => (settled = value));
    const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 30));
    input.write('\r');
    await tick();
    expect(settled).toBeUndefined();
    expect(shown()).toContain('Please type yes or no');
    input.write('maybe\r');
    await tick();
    expect(settled).toBeUndefined();
    input.write('\u0015NO\r');
    await answer;
    expect(settled).toBe(false);
  });

  it.each([
    [en, 'y', true],
    [en, 'Yes', true],
    [en, ' n ', false],
    [en, 'no', false],
    [es, 's', true],
    [es, 'S', true],
    [es, 'sí', true],
    [es, 'Sí', true],
    [es, 'si', true],
    [es, 'SI', true],
    [es, 'si\u0301', true],
    [es, 'n', false],
    [es, 'No', false],
  ])('a question that must be answered takes %#: %j as %s', async (catalog, typed, expected) => {
    const { input, output } = streams();
    const answer = inquirerAsker(catalog, { input, output }).confirm(question, true);
    input.write(`${typed}\r`);
    await expect(answer).resolves.toBe(expected);
  });

  it('in Spanish, "yes" is not an answer: it asks again, in Spanish', async () => {
    const { input, output, shown } = streams();
    let settled: boolean | undefined;
    const answer = inquirerAsker(es, { input, output }).confirm(question, true).then((value) => (settled = value));
    input.write('yes\r');
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(settled).toBeUndefined();
    expect(shown()).toContain('(sí/no)');
    expect(shown()).toContain(es.check.askAgain);
    input.write('\u0003');
    await expect(answer).rejects.toThrow(/force closed/);
  });

  it('Ctrl-C rejects with the error the check command treats as a cancel', async () => {
    const { input, output } = streams();
    const answer = inquirerAsker(en, { input, output }).confirm(question, true);
    input.write('\u0003');
    const error = await answer.catch((e: unknown) => e);
    expect(isPromptExit(error)).toBe(true);
  });
});
