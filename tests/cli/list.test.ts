import { describe, expect, it } from 'vitest';
import { ESC, backpain } from '../support/cli.js';

const LISTS: Record<string, string[]> = {
  causes: ['herniated-disc', 'spinal-stenosis', 'spondylolisthesis', 'spinal-injury', 'piriformis-syndrome', 'spinal-tumor'],
  'risk-factors': ['age', 'excess-weight', 'long-sitting', 'pregnancy', 'diabetes'],
  treatments: ['physical-therapy', 'medication', 'spinal-cord-stimulation', 'spinal-injections', 'surgery'],
  'red-flags': ['both-legs', 'saddle-numbness', 'sexual-function', 'chest-pain', 'serious-accident', 'minor-injury', 'pee-change', 'poo-change', 'both-legs-severe', 'pee-start', 'cannot-pee', 'pee-feeling', 'bladder-full', 'pee-leak', 'pads', 'bowel', 'poo-feeling', 'poo-leak'],
  'urgent-signs': ['fever', 'weight-loss', 'back-lump', 'rest-pain', 'night-pain', 'cancer', 'weak-immune', 'inject-drugs', 'leg-weakening', 'foot-drop', 'upper-back-pain', 'cancer-treatment', 'side-pain', 'side-pain-confused', 'sudden-start'],
  'not-back-signs': ['calf-clot', 'clot-breathless', 'clot-breath-pain', 'clot-coughing-blood', 'tummy-pain', 'tummy-dizzy', 'tummy-clammy', 'tummy-fainted', 'tearing-pain', 'cold-leg', 'face-droop', 'one-side-weak', 'slurred-speech', 'arm-jaw-pain', 'arm-jaw-sweating', 'arm-jaw-breathless', 'arm-jaw-sick', 'walking-calf-pain', 'burning-pee'],
  symptoms: ['one-leg-pain', 'worse-sitting-coughing', 'leg-tingling-weakness'],
};

describe('backpain list on a pipe', () => {
  // The lists of signs that need help carry their action; on a pipe it goes to stderr.
  const ACTIONS: Record<string, RegExp> = {
    'red-flags': /^\[!\] Any one of these signs: call 999 \(UK\), 911 \(US\) or 112 \(EU\) now, or go to an emergency department\.\n$/,
    'urgent-signs': /^\[!\] Any one of these signs: get medical advice today\. .*NHS 111.*urgent care clinic\.\n$/,
  };

  it.each(Object.entries(LISTS))('%s: one tab-separated record per item, id first', (kind, ids) => {
    const result = backpain(['list', kind]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(ACTIONS[kind] ?? /^$/);
    expect(result.stdout).not.toContain(ESC);
    const rows = result.stdout.trimEnd().split('\n').map((line) => line.split('\t'));
    expect(rows.map((r) => r[0])).toEqual(ids);
    for (const row of rows) {
      expect(row).toHaveLength(3);
      expect(row[1]).not.toMatch(/\*\*/);
      expect(row[2]?.length).toBeGreaterThan(10);
    }
  });

  it('gives the JSON item shape {id, name, summary, details, source, notes, lang}', () => {
    const items = JSON.parse(backpain(['list', 'treatments', '--json']).stdout) as Record<string, unknown>[];
    expect(items).toHaveLength(5);
    for (const item of items) expect(Object.keys(item)).toEqual(['id', 'name', 'summary', 'details', 'source', 'notes', 'lang']);
    const stimulation = items.find((i) => i.id === 'spinal-cord-stimulation');
    expect(JSON.stringify(stimulation)).toContain('80%');
    expect(stimulation?.source).toBe('article');
  });

  it('names the article figures in the causes', () => {
    const causes = JSON.parse(backpain(['list', 'causes', '--format', 'json']).stdout) as { id: string; name: string; summary: string; details: string }[];
    const disc = causes.find((c) => c.id === 'herniated-disc');
    expect(`${disc?.summary} ${disc?.details}`).toContain('90%');
  });

  it('prints markdown bullets with --format markdown', () => {
    const out = backpain(['list', 'causes', '--format', 'markdown']).stdout;
    expect(out.trimEnd().split('\n').filter((l) => l.startsWith('- **'))).toHaveLength(6);
  });
});

describe('backpain list rendered', () => {
  it('shows bold names without raw asterisks when colour is forced', () => {
    const result = backpain(['list', 'risk-factors', '--format', 'terminal'], { env: { FORCE_COLOR: '1' } });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`${ESC}[1m`);
    expect(result.stdout).not.toContain('**');
    expect(result.stdout).toMatch(/Diabetes/);
  });

  it('marks warning signs on a pipe too, in the name field of each record; JSON names stay plain', () => {
    const tsv = backpain(['list', 'red-flags']).stdout.trimEnd().split('\n').map((line) => line.split('\t'));
    expect(tsv).toHaveLength(LISTS['red-flags']?.length ?? 0);
    for (const [, name] of tsv) expect(name).toMatch(/^\[!\] Emergency: \S/);
    // An emergency follow-up among the signs for today says Emergency.
    for (const [id, name] of backpain(['list', 'urgent-signs']).stdout.trimEnd().split('\n').map((line) => line.split('\t'))) expect(name).toMatch(id === 'side-pain-confused' ? /^\[!\] Emergency: \S/ : /^\[!\] Today: \S/);
    expect(backpain(['list', 'causes']).stdout).not.toContain('[!]');
    const json = JSON.parse(backpain(['list', 'red-flags', '--json']).stdout) as { name: string }[];
    for (const item of json) expect(item.name).not.toContain('[!]');
    const questions = backpain(['check', '--questions']).stdout.trimEnd().split('\n').map((line) => line.split('\t'));
    // A question is marked when its yes alone is an emergency or a sign for today, whatever its kind.
    for (const [id, kind, text, tier] of questions) expect(text?.startsWith('[!] '), id).toBe(['red-flag', 'not-back', 'urgent-sign'].includes(kind ?? '') && (tier === 'emergency' || tier === 'urgent'));
  });

  it('marks warning signs with a text marker that survives --format text', () => {
    const result = backpain(['list', 'red-flags', '--format', 'text']);
    expect(result.stdout).not.toContain(ESC);
    expect(result.stdout.match(/\[!\]/g)?.length).toBeGreaterThanOrEqual(8);
  });

  it.each([
    ['terminal', ['--format', 'terminal']],
    ['text', ['--format', 'text']],
    ['markdown', ['--format', 'markdown']],
  ])('carries the emergency action with the signs, before them (%s)', (_, flags) => {
    const result = backpain(['list', 'red-flags', ...flags], { env: { NO_COLOR: '1' } });
    const text = result.stdout.replace(/\s+/g, ' ');
    const action = text.indexOf('Any one of these signs: call 999 (UK), 911 (US) or 112 (EU) now');
    expect(action).toBeGreaterThan(-1);
    expect(action).toBeLessThan(text.indexOf('Both legs'));
    expect(result.stderr).toBe('');
  });

  it('JSON stays a plain array of items, with no action in it', () => {
    const result = backpain(['list', 'red-flags', '--json']);
    expect(Array.isArray(JSON.parse(result.stdout))).toBe(true);
    expect(result.stdout).not.toContain('Any one of these');
    expect(result.stderr).toBe('');
  });
});

describe('backpain list errors', () => {
  it('suggests the closest kind, exit 2, nothing on stdout', () => {
    const result = backpain(['list', 'cuases']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe("backpain: unknown list 'cuases'. Did you mean 'causes'? Lists: causes, treatments, risk-factors, red-flags, urgent-signs, not-back-signs, symptoms. See 'backpain list --help'.\n");
  });

  it('takes a unique start of a kind, as read takes one of a section; an ambiguous one names the choices', () => {
    expect(backpain(['list', 'red']).stdout).toBe(backpain(['list', 'red-flags']).stdout);
    expect(backpain(['list', 'URG']).stdout).toBe(backpain(['list', 'urgent-signs']).stdout);
    const result = backpain(['list', 'r']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("backpain: list 'r' is ambiguous: it could be 'risk-factors', 'red-flags'. Lists: causes, treatments, risk-factors, red-flags, urgent-signs, not-back-signs, symptoms. See 'backpain list --help'.\n");
  });

  it('asks for the kind when it is missing', () => {
    const result = backpain(['list']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^backpain: missing required argument 'kind'.*backpain list --help/);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});

export { LISTS };
