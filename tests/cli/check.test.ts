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
  answers: Record<string, boolean>;
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
  it('lists every question with id, kind, text and tier, tab-separated on a pipe, emergency signs first', () => {
    const result = backpain(['check', '--questions']);
    expect(result.code).toBe(0);
    const rows = result.stdout.trimEnd().split('\n').map((l) => l.split('\t'));
    expect(rows).toHaveLength(24);
    expect(rows.map((r) => r[1])).toEqual([...Array(8).fill('red-flag'), ...Array(8).fill('urgent-sign'), ...Array(3).fill('symptom'), ...Array(5).fill('risk-factor')]);
    expect(rows.map((r) => r[3])).toEqual([...Array(8).fill('emergency'), ...Array(8).fill('urgent'), ...Array(3).fill('see-doctor'), 'see-doctor', 'self-care', 'self-care', 'see-doctor', 'self-care']);
    expect(rows.find((r) => r[0] === 'chest-pain')?.[2]).toBe('[!] Emergency: Do you have chest pain?');
    expect(rows.find((r) => r[0] === 'fever')?.[2]).toMatch(/^\[!\] Today: Do you have a high temperature/);
  });

  it('gives JSON [{id, kind, text, tier, lang}]', () => {
    const data = JSON.parse(backpain(['check', '--questions', '--json']).stdout) as Record<string, string>[];
    expect(data.map((q) => Object.keys(q))).toEqual(Array(24).fill(['id', 'kind', 'text', 'tier', 'lang']));
    expect(data[0]).toMatchObject({ id: 'both-legs', kind: 'red-flag', tier: 'emergency' });
    expect(data.find((q) => q.id === 'fever')).toMatchObject({ kind: 'urgent-sign', tier: 'urgent' });
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
    expect(Object.keys(data)).toEqual(['answers', 'redFlags', 'urgentSigns', 'symptoms', 'riskFactors', 'urgency', 'stopped', 'advice', 'sections', 'lang']);
    expect(data).toMatchObject({ redFlags: [], urgentSigns: [], symptoms: [], riskFactors: ['diabetes'], urgency: 'self-care', stopped: false });
    expect(data.advice.length).toBeGreaterThan(0);
  });

  it('--answers - reads JSON from stdin', () => {
    const data = JSON.parse(backpain(['check', '--answers', '-', '--json'], { input: '{"diabetes": true, "worse-sitting-coughing": true}' }).stdout) as Result;
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
