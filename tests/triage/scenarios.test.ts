import { describe, expect, it } from 'vitest';
import { backpain } from '../support/cli.js';
import { LANGS } from '../../src/core/lang.js';
import { SCENARIOS } from './scenarios.js';

interface Result {
  answers: Record<string, boolean>;
  redFlags: string[];
  urgentSigns: string[];
  urgency: string;
  stopped: boolean;
  lang: string;
}

const questions = JSON.parse(backpain(['check', '--questions', '--json']).stdout) as { id: string; kind: string; tier: string }[];

// Every language gives the same urgencies for the same situations.
describe.each(LANGS)('triage scenarios in %s, answered through `check --answers - --json` on the built CLI', (lang) => {
  it('has at least 20 situations, and every id they name is a question', () => {
    expect(SCENARIOS.length).toBeGreaterThanOrEqual(20);
    const ids = new Set(questions.map((q) => q.id));
    for (const s of SCENARIOS) for (const id of s.yes) expect(ids.has(id), `${s.situation}: ${id}`).toBe(true);
  });

  it('reaches every urgency', () => {
    expect(new Set(SCENARIOS.map((s) => s.urgency))).toEqual(new Set(['emergency', 'urgent', 'see-doctor', 'self-care']));
  });

  it.each(SCENARIOS.map((s) => [s.situation, s] as const))('%s', (_, scenario) => {
    // Every question answered, "no" unless the situation says yes, as a careful script would.
    const answers = Object.fromEntries(questions.map((q) => [q.id, scenario.yes.includes(q.id)]));
    const result = backpain(['--lang', lang, 'check', '--answers', '-', '--json'], { input: JSON.stringify(answers) });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const data = JSON.parse(result.stdout) as Result;
    expect(data.lang).toBe(lang);
    expect(data.urgency).toBe(scenario.urgency);
    expect(data.stopped).toBe(scenario.urgency === 'emergency');
    const tierOf = (id: string): string | undefined => questions.find((q) => q.id === id)?.tier;
    // The first emergency sign stops the checklist; the others it names are all counted.
    const emergency = scenario.yes.filter((id) => tierOf(id) === 'emergency');
    if (emergency.length > 0) expect(data.redFlags).toHaveLength(1);
    else expect(data.urgentSigns).toEqual(questions.filter((q) => q.kind === 'urgent-sign' && scenario.yes.includes(q.id)).map((q) => q.id));
  });
});
