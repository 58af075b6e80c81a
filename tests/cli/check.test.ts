import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ESC, backpain } from '../support/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'backpain-check-'));
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

interface Result {
  answers: Record<string, boolean | string | number>;
  redFlags: string[];
  urgentSigns: string[];
  symptoms: string[];
  riskFactors: string[];
  urgency: string;
  stopped: boolean;
  advice: string[];
  sections: string[];
}

describe('backpain check --questions', () => {
  it('lists every question with id, kind, text, tier and type, tab-separated on a pipe: the age first, then the emergency signs', () => {
    const result = backpain(['check', '--questions']);
    expect(result.code).toBe(0);
    const rows = result.stdout.trimEnd().split('\n').map((l) => l.split('\t'));
    expect(rows[0]).toEqual(['age', 'about-you', 'How old are you?', 'self-care', 'number']);
    const kinds = [...new Set(rows.map((r) => r[1]))];
    expect(kinds).toEqual(['about-you', 'red-flag', 'not-back', 'symptom', 'urgent-sign', 'risk-factor']);
    expect(rows.find((r) => r[1] === 'red-flag')?.[0]).toBe('both-legs');
    expect(rows.find((r) => r[0] === 'chest-pain')?.[2]).toBe('[!] Emergency: Do you have chest pain?');
    expect(rows.find((r) => r[0] === 'fever')?.[2]).toMatch(/^\[!\] Today: Do you have a fever/);
    // A sign whose yes alone is not urgent carries no mark: its follow-ups do.
    expect(rows.find((r) => r[0] === 'pee-change')?.[2]).toBe('Has anything changed in the way you pee?');
    expect(rows.find((r) => r[0] === 'duration')?.[4]).toBe('choice');
  });

  it('gives JSON: id, kind, type, text, tier, and what each takes (choices, a range, "not sure", when it is asked)', () => {
    const data = JSON.parse(backpain(['check', '--questions', '--json']).stdout) as Record<string, unknown>[];
    for (const q of data) expect(Object.keys(q).slice(0, 4)).toEqual(['id', 'kind', 'type', 'text']);
    expect(data[0]).toMatchObject({ id: 'age', kind: 'about-you', type: 'number', min: 0, max: 120, lang: 'en' });
    expect(data.find((q) => q.id === 'fever')).toMatchObject({ kind: 'urgent-sign', type: 'yes-no', tier: 'urgent', notSure: 'urgent' });
    expect(data.find((q) => q.id === 'saddle-numbness')).toMatchObject({ tier: 'emergency', tierIfNotNew: 'see-doctor', notSure: 'urgent' });
    expect(data.find((q) => q.id === 'saddle-numbness-new')).toMatchObject({ newOf: 'saddle-numbness', askedWhen: [[{ id: 'saddle-numbness', op: '=', values: ['yes'] }]] });
    expect(data.find((q) => q.id === 'trend')).toMatchObject({ type: 'choice', choices: [{ id: 'better' }, { id: 'same' }, { id: 'worse', tier: 'see-doctor' }] });
    expect(data.find((q) => q.id === 'pregnancy')).not.toHaveProperty('notSure');
  });
});

describe('backpain check without prompts', () => {
  it('--yes with a symptom and a risk factor: see a doctor, as text on a pipe', () => {
    const result = backpain(['check', '--yes', 'one-leg-pain,pregnancy']);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain(ESC);
    expect(result.stdout).toMatch(/^See a doctor: book an appointment/);
    expect(result.stdout).toContain('common with sciatica');
    expect(result.stdout).not.toMatch(/you have sciatica/i);
    expect(result.stdout).toContain('backpain read sciatica');
    expect(result.stdout).toContain('Dr. Eric DePopas');
    expect(result.stdout.replace(/\s+/g, ' ')).toMatch(/not a diagnosis or medical advice[^.]*\.\s*$/);
  });

  it('--yes with a warning sign: emergency advice first, with the numbers to call, never "today"', () => {
    const result = backpain(['check', '--yes', 'pee-start,pregnancy']);
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe('[!] Emergency: call 999, 911 or 112 now');
    expect(result.stdout).toMatch(/999/);
    expect(result.stdout).toMatch(/911/);
    expect(result.stdout).toMatch(/112/);
    expect(result.stdout).not.toMatch(/\btoday\b|same day/i);
  });

  it('--yes with a same-day sign: advice today, with where to get it', () => {
    const result = backpain(['check', '--yes', 'fever']);
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe('[!] Today: get medical advice today');
    expect(result.stdout).toContain('You said yes to: Fever.');
    expect(result.stdout.replace(/\s+/g, ' ')).toMatch(/urgent GP appointment or call NHS 111/);
  });

  it('no answer at all: self-care, with exactly what would change that', () => {
    const result = backpain(['check', '--answers', '-'], { input: '{}' });
    expect(result.stdout.split('\n')[0]).toBe('Self-care: look after yourself');
    const text = result.stdout.replace(/\s+/g, ' ');
    expect(text).toMatch(/Book a visit with your doctor if your pain has not eased after a few weeks/);
    expect(text).toMatch(/Get medical advice today if you get a fever/);
    expect(text).toMatch(/Call 999, 911 or 112 now if you get pain, tingling, weakness or numbness in both legs/);
  });

  it('--json gives the documented result shape', () => {
    const data = JSON.parse(backpain(['check', '--yes', 'diabetes', '--json']).stdout) as Result;
    expect(Object.keys(data)).toEqual(['answers', 'redFlags', 'otherSigns', 'urgentSigns', 'symptoms', 'riskFactors', 'notSure', 'rules', 'reasons', 'urgency', 'stopped', 'advice', 'alsoTell', 'sections', 'emergencyNumber', 'lang']);
    expect(data).toMatchObject({ redFlags: [], urgentSigns: [], symptoms: [], riskFactors: ['diabetes'], urgency: 'self-care', stopped: false });
    expect(data.advice.length).toBeGreaterThan(0);
  });

  it('--answers - reads JSON from stdin', () => {
    const data = JSON.parse(backpain(['check', '--answers', '-', '--json'], { input: '{"diabetes": true, "worse-sitting-coughing": true, "duration": "6-weeks-to-3-months", "trend": "same"}' }).stdout) as Result;
    expect(data).toMatchObject({ symptoms: ['worse-sitting-coughing'], riskFactors: ['diabetes'], urgency: 'see-doctor' });
  });

  it('--answers <file> reads JSON from a file', () => {
    const data = JSON.parse(backpain(['check', '--answers', file('a.json', '{"both-legs": true}'), '--json']).stdout) as Result;
    expect(data).toMatchObject({ redFlags: ['both-legs'], urgency: 'emergency', stopped: true });
  });

  it('refuses to prompt without a terminal, naming --yes and --answers', () => {
    const result = backpain(['check']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('--yes');
    expect(result.stderr).toContain('--answers');
  });
});

describe('backpain check bad answers: one line, exit 2, nothing on stdout', () => {
  const cases: [string, string[], string | undefined, RegExp][] = [
    ['unknown id in --yes', ['--yes', 'agee'], undefined, /unknown question id 'agee'\. Did you mean 'age'\?/],
    ['unknown id in --answers', ['--answers', '-'], '{"diabetis": true}', /unknown question id 'diabetis'\. Did you mean 'diabetes'\?/],
    ['a value that is not true/false', ['--answers', '-'], '{"pregnancy": "yes"}', /'pregnancy' must be true or false/],
    ['JSON that does not parse', ['--answers', '-'], '{"pregnancy": tru', /not valid JSON/],
    ['an array', ['--answers', '-'], '[]', /JSON object/],
    ['empty stdin', ['--answers', '-'], '', /standard input is empty/],
    ['a missing file', ['--answers', join(dir, 'nope.json')], undefined, /cannot read answers from '.*nope\.json': no such file/],
    ['a folder', ['--answers', dir], undefined, /it is a folder/],
    ['both --yes and --answers', ['--yes', 'pregnancy', '--answers', '-'], '{}', /either --yes or --answers/],
    ['an age as yes', ['--yes', 'age'], undefined, /--yes cannot give 'age' that answer: it takes a whole number from 0 to 120/],
    ['an age out of range', ['--answers', '-'], '{"age": 130}', /'age' must be a whole number from 0 to 120, not a number/],
    ['a choice it does not have', ['--yes', 'trend=up'], undefined, /it takes one of better, same, worse/],
    ['"not sure" where it is not an answer', ['--yes', 'diabetes=not-sure'], undefined, /it takes yes or no/],
    ['an id that changed its meaning (bladder)', ['--yes', 'bladder'], undefined, /unknown question id 'bladder'/],
  ];
  it.each(cases)('%s', (_, args, input, message) => {
    const result = backpain(['check', ...args], input === undefined ? {} : { input });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('the result says what to do first, for where the person is', () => {
  it.each([
    ['en_US.UTF-8', 'en', '911'],
    ['en_GB.UTF-8', 'en', '999'],
    ['es_ES.UTF-8', 'es', '112'],
    ['es_MX.UTF-8', 'es', '911'],
  ])('LANG=%s: the emergency result leads with %s', (locale, lang, number) => {
    const result = backpain(['check', '--yes', 'chest-pain'], { env: { LANG: locale } });
    const first = result.stdout.split('\n')[0] ?? '';
    // One number, and only that one: not the list of every place's number.
    expect(first).toMatch(new RegExp(`^\\[!\\] Emergen(cy|cia): (call|llame ahora al) ${number}( now)?$`));
    expect(result.stdout.split('\n')[2]).toMatch(new RegExp(`^  1\\. (Call|Llame ahora al) ${number}\\b`));
    expect(JSON.parse(backpain(['check', '--yes', 'chest-pain', '--json'], { env: { LANG: locale } }).stdout)).toMatchObject({ emergencyNumber: number, lang });
  });

  it('a language without a region lists the numbers, as before', () => {
    const result = backpain(['check', '--yes', 'chest-pain'], { env: { LANG: 'en' } });
    expect(result.stdout.split('\n')[0]).toBe('[!] Emergency: call 999, 911 or 112 now');
    expect(result.stdout).toContain('In the US or Mexico, call 911.');
  });

  it('each sign is explained by its own cause: chest pain is never cauda equina', () => {
    const chest = backpain(['check', '--yes', 'chest-pain']).stdout;
    expect(chest).toMatch(/heart or a large blood vessel/);
    expect(chest).not.toMatch(/cauda equina/);
    expect(backpain(['check', '--yes', 'saddle-numbness']).stdout).toMatch(/cauda equina syndrome/);
    expect(backpain(['check', '--yes', 'face-droop']).stdout).toMatch(/can be a stroke/);
  });

  it('no publisher\'s line and no sales line in any result, at any tier', () => {
    for (const answers of ['chest-pain', 'fever', 'pregnancy', 'diabetes']) {
      const text = backpain(['check', '--yes', answers]).stdout;
      expect(text).not.toMatch(/offers help|specialist|spinal cord stimulation/i);
      expect(text).toContain('Based on "Can Back Pain Cause Leg Pain?"');
    }
  });

  it('a fever during cancer treatment: the cancer team\'s 24-hour line first, then the emergency number', () => {
    const result = backpain(['check', '--yes', 'fever,cancer,cancer-treatment'], { env: { LANG: 'en_GB.UTF-8' } });
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe('[!] Emergency: call 999 now');
    expect(lines[2]).toMatch(/^ {2}1\. Call your cancer team's 24-hour line now/);
    expect(result.stdout).not.toMatch(/^ {2}2\. Call 999 now/m);
  });

  it('"not sure" to an emergency sign: advice now, not later today, and the answer named', () => {
    const result = backpain(['check', '--yes', 'saddle-numbness=not-sure']);
    expect(result.stdout.split('\n')[0]).toBe('[!] Today: get medical advice today');
    expect(result.stdout).toContain('[!] You were not sure about: Numb between the legs.');
    expect(result.stdout.replace(/\s+/g, ' ')).toMatch(/Get advice now, not later today/);
  });

  it('a child: the checklist says it is for people aged 16 and over', () => {
    const result = backpain(['check', '--yes', 'age=12']);
    expect(result.stdout.split('\n')[0]).toBe('See a doctor: book an appointment');
    expect(result.stdout.replace(/\s+/g, ' ')).toMatch(/This checklist is for people aged 16 and over/);
  });

  it('a lower tier\'s advice is something to tell them, after the steps, never a step', () => {
    const result = backpain(['check', '--yes', 'fever,pregnancy']);
    const [steps = '', after = ''] = result.stdout.split('Also tell them');
    expect(steps).not.toMatch(/midwife/);
    expect(after).toMatch(/midwife or doctor/);
  });
});
