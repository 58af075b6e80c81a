import { describe, expect, it } from 'vitest';
import { backpain } from '../support/cli.js';
import { LANGS } from '../../src/core/lang.js';
import { SCENARIOS } from './scenarios.js';

interface Result {
  urgency: string;
  stopped: boolean;
  notSure: string[];
  lang: string;
}

const questions = JSON.parse(backpain(['check', '--questions', '--json']).stdout) as { id: string; kind: string; tier: string }[];

// Every language gives the same urgencies for the same situations.
describe.each(LANGS)('triage scenarios in %s, answered through `check --answers - --json` on the built CLI', (lang) => {
  it('has at least 60 situations, every id they name is a question, and none is false reassurance', () => {
    expect(SCENARIOS.length).toBeGreaterThanOrEqual(60);
    const ids = new Set(questions.map((q) => q.id));
    for (const s of SCENARIOS) for (const id of Object.keys(s.answers)) expect(ids.has(id), `${s.situation}: ${id}`).toBe(true);
  });

  it('reaches every urgency, and covers each rule of section 12', () => {
    expect(new Set(SCENARIOS.map((s) => s.urgency))).toEqual(new Set(['emergency', 'urgent', 'see-doctor', 'self-care']));
    for (const rule of ['12.1', '12.2', '12.3', '12.4', '12.5', '12.6', '12.7', '12.8', '12.9']) expect(SCENARIOS.some((s) => s.rule.startsWith(rule)), rule).toBe(true);
  });

  it.each(SCENARIOS.map((s) => [s.situation, s] as const))('%s', (_, scenario) => {
    const result = backpain(['--lang', lang, 'check', '--answers', '-', '--json'], { input: JSON.stringify(scenario.answers) });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const data = JSON.parse(result.stdout) as Result;
    expect(data.lang).toBe(lang);
    expect(data.urgency).toBe(scenario.urgency);
    expect(data.stopped).toBe(scenario.urgency === 'emergency');
    expect(data.notSure).toEqual(Object.keys(scenario.answers).filter((id) => scenario.answers[id] === 'not-sure'));
  });
});
