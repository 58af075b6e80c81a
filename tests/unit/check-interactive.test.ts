import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { Asker } from '../../src/check/flow.js';
import type { Question } from '../../src/check/questions.js';
import { inquirerAsker } from '../../src/check/prompts.js';
import { readNumbers } from '../../src/check/plain-asker.js';
import { readWhole } from '../../src/check/yes-no.js';
import { en } from '../../src/messages/en.js';
import { es } from '../../src/messages/es.js';
import { isPromptExit } from '../../src/check/flow.js';
import { createRun } from '../../src/cli/run.js';
import { builtData } from '../support/cli.js';

const run = createRun(builtData);
import { fakeIo } from '../support/fake-io.js';

function scripted(yes: readonly string[], ticked: readonly string[], said: string[] = []): Asker {
  return {
    // A sign answered yes is new ("is it new?" follows it).
    yesNo: async (q) => yes.includes(q.id) || (q.newOf !== '' && yes.includes(q.newOf)),
    number: async () => 35,
    choice: async (q) => q.choices[0]?.id ?? '',
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
    const asker: Asker = { ...scripted([], []), number: async () => Promise.reject(exitPromptError()) };
    const io = fakeIo({ tty: true, asker });
    expect(await run(['check'], io)).toBe(130);
    expect(io.err()).toBe('Checklist cancelled.\n');
    expect(io.out()).not.toMatch(/See a doctor|Emergency/);
  });
});

describe('the Inquirer.js asker, driven through streams', () => {
  const base: Question = { id: 'x', kind: 'symptom', type: 'yes-no', text: 'Is it so?', hint: '', name: 'X', summary: '', tier: 'self-care', unsure: 'self-care', choices: [], min: 0, max: 0, advice: '', ask: 'one', section: 'sciatica', lead: '', when: null, newOf: '', cause: '', warning: false };
  /** A warning sign: no default, and "not sure" is an answer. */
  const question: Question = { ...base, kind: 'red-flag', tier: 'emergency', unsure: 'urgent', lead: '[!] Emergency:', warning: true };

  function streams(): { input: PassThrough & { isTTY?: boolean }; output: PassThrough; shown: () => string } {
    const input = new PassThrough();
    const output = new PassThrough();
    let shown = '';
    output.on('data', (chunk: Buffer) => (shown += chunk.toString()));
    return { input, output, shown: () => shown };
  }

  it('answers a yes/no question from the input stream', async () => {
    const { input, output, shown } = streams();
    const answer = inquirerAsker(en, { input, output }).yesNo(base);
    input.write('y\r');
    await expect(answer).resolves.toBe(true);
    expect(shown()).toContain('Is it so?');
  });

  it('a question that must be answered has no default: Enter alone and other words ask again', async () => {
    const { input, output, shown } = streams();
    let settled: boolean | 'not-sure' | undefined;
    const answer = inquirerAsker(en, { input, output }).yesNo(question).then((value) => (settled = value));
    const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 30));
    input.write('\r');
    await tick();
    expect(settled).toBeUndefined();
    expect(shown()).toContain('Please type yes, no or not sure');
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
    [en, 'not sure', 'not-sure'],
    [en, 'Not  Sure', 'not-sure'],
    [en, '?', 'not-sure'],
    [es, 'no sé', 'not-sure'],
    [es, 'No se', 'not-sure'],
    [es, 'no estoy segura', 'not-sure'],
  ])('a question that must be answered takes %#: %j as %s', async (catalog, typed, expected) => {
    const { input, output } = streams();
    const answer = inquirerAsker(catalog, { input, output }).yesNo(question);
    input.write(`${typed}\r`);
    await expect(answer).resolves.toBe(expected);
  });

  it('in Spanish, "yes" is not an answer: it asks again, in Spanish', async () => {
    const { input, output, shown } = streams();
    let settled: boolean | 'not-sure' | undefined;
    const answer = inquirerAsker(es, { input, output }).yesNo(question).then((value) => (settled = value));
    input.write('yes\r');
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(settled).toBeUndefined();
    expect(shown()).toContain('(sí/no/no sé)');
    expect(shown()).toContain(es.check.askAgainNotSure);
    input.write('\u0003');
    await expect(answer).rejects.toThrow(/force closed/);
  });

  it('Ctrl-C rejects with the error the check command treats as a cancel', async () => {
    const { input, output } = streams();
    const answer = inquirerAsker(en, { input, output }).yesNo(question);
    input.write('\u0003');
    const error = await answer.catch((e: unknown) => e);
    expect(isPromptExit(error)).toBe(true);
  });

  it.each([
    [en, 'y', true],
    [en, '', false],
    [es, 'sí', true],
    [es, 'si', true],
    [es, 's', true],
    [es, '', false],
    [es, 'no', false],
  ])('a question that is not a warning sign takes %#: %j as %s, in the language in use (not an English y/N)', async (catalog, typed, expected) => {
    const { input, output, shown } = streams();
    const answer = inquirerAsker(catalog, { input, output }).yesNo(base);
    input.write(`${typed}\r`);
    await expect(answer).resolves.toBe(expected);
    expect(shown()).toContain(catalog.check.yesNoDefaultHint);
    expect(shown()).not.toContain('(y/N)');
  });

  it('"not sure" is no answer to a question that is not a warning sign', async () => {
    const { input, output, shown } = streams();
    let settled: unknown;
    const answer = inquirerAsker(en, { input, output }).yesNo(base).then((value) => (settled = value));
    input.write('not sure\r');
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(settled).toBeUndefined();
    expect(shown()).toContain(en.check.askAgain);
    input.write('\u0015n\r');
    await expect(answer).resolves.toBe(false);
  });

  it('a warning sign shows its mark and tier', async () => {
    const { input, output, shown } = streams();
    const answer = inquirerAsker(en, { input, output }).yesNo(question);
    input.write('n\r');
    await answer;
    expect(shown()).toContain('[!] Emergency: Is it so?');
  });

  it('a number question takes a whole number in its range, and nothing else', async () => {
    const { input, output, shown } = streams();
    let settled: unknown;
    const age: Question = { ...base, id: 'age', kind: 'about-you', type: 'number', text: 'How old are you?', min: 0, max: 120 };
    const answer = inquirerAsker(en, { input, output }).number(age).then((value) => (settled = value));
    for (const typed of ['', 'forty', '0x4', '1e1', '-3', '121', '4.5']) {
      input.write(`${typed}\r`);
      await new Promise((resolve) => setTimeout(resolve, 30));
      expect(settled, typed).toBeUndefined();
      input.write('\u0015');
    }
    expect(shown()).toContain('Please type a whole number from 0 to 120');
    input.write('45\r');
    await expect(answer).resolves.toBe(45);
  });
});

describe('typed numbers in plain mode', () => {
  it('only plain decimal numbers are items or ages: not 0x4, 1e0, +2, 4.0 or a number with a sign', () => {
    for (const typed of ['0x4', '1e0', '+2', '4.0', '-1', '٤', '1 0x2']) expect(readNumbers(typed, 5, ['none']), typed).toBeUndefined();
    expect(readNumbers('1 3', 5, ['none'])).toEqual([1, 3]);
    expect(readNumbers('1, 3, 3', 5, ['none'])).toEqual([1, 3]);
    expect(readNumbers('none', 5, ['none'])).toEqual([]);
    for (const typed of ['0x2d', '4.5e1', '45.0', ' 45 ', '045']) expect(readWhole(typed, 0, 120), typed).toBe(typed.trim() === '045' || typed.trim() === '45' ? 45 : undefined);
  });
});
