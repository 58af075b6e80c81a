import { describe, expect, it } from 'vitest';
import { ESC, backpain } from '../support/cli.js';
import { SECTION_IDS } from '../support/sections.js';

describe('backpain sections', () => {
  it('prints number, id and title per line on a pipe', () => {
    const result = backpain(['sections']);
    expect(result.code).toBe(0);
    const rows = result.stdout.trimEnd().split('\n').map((l) => l.split('\t'));
    expect(rows.map((r) => r[0])).toEqual(SECTION_IDS);
    expect(rows.map((r) => r[1])).toEqual(SECTION_IDS.map((_, i) => String(i + 1)));
  });

  it('gives JSON {id, number, title}', () => {
    const data = JSON.parse(backpain(['sections', '--json']).stdout) as Record<string, unknown>[];
    expect(data).toHaveLength(SECTION_IDS.length);
    expect(Object.keys(data[0] ?? {})).toEqual(['id', 'number', 'title', 'lang']);
  });

  it('lays out coloured text for --format terminal when colour is forced', () => {
    const result = backpain(['sections', '--format', 'terminal'], { env: { FORCE_COLOR: '1' } });
    expect(result.stdout).toContain(ESC);
    expect(result.stdout).not.toContain('\t');
  });

  it('keeps its tab-separated shape on a pipe when a CI system forces colour (`sections | cut -f1`)', () => {
    for (const env of [{ FORCE_COLOR: '1' }, { FORCE_COLOR: '3' }]) {
      const ids = backpain(['sections'], { env }).stdout.trimEnd().split('\n').map((l) => l.split('\t')[0]);
      expect(ids).toEqual(SECTION_IDS);
    }
    expect(backpain(['sections', '--color']).stdout).toBe(backpain(['sections']).stdout);
  });

  it('at 40 columns, titles that wrap indent under themselves', () => {
    const lines = backpain(['sections', '--format', 'text', '--width', '40']).stdout.trimEnd().split('\n');
    const wrapped = lines.findIndex((l) => l.startsWith(' 6  risk-factors'));
    expect(wrapped).toBeGreaterThan(-1);
    const column = (lines[wrapped] ?? '').indexOf('What');
    expect(lines[wrapped + 1]).toMatch(new RegExp(`^ {${column}}\\S`));
  });
});

describe('backpain search', () => {
  it('finds the sections that contain all the words, case-insensitive', () => {
    const result = backpain(['search', 'SNEEZE']);
    expect(result.code).toBe(0);
    const ids = result.stdout.trimEnd().split('\n').map((l) => l.split('\t')[0]);
    expect(ids).toContain('sciatica');
    for (const line of result.stdout.trimEnd().split('\n')) expect(line.toLowerCase()).toContain('sneez');
  });

  it('needs every word to match', () => {
    const both = JSON.parse(backpain(['search', 'herniated', 'disc', '--json']).stdout) as { id: string; title: string; snippet: string }[];
    expect(both.map((h) => h.id)).toContain('causes');
    for (const hit of both) expect(Object.keys(hit)).toEqual(['id', 'title', 'snippet', 'lang']);
    expect(backpain(['search', 'herniated', 'zzzqqq']).code).toBe(1);
  });

  it('highlights matches on a terminal', () => {
    const result = backpain(['search', 'sneeze', '--format', 'terminal'], { env: { FORCE_COLOR: '1' } });
    expect(result.stdout).toMatch(new RegExp(`${ESC}\\[[0-9;]*m[Ss]neeze`));
  });

  it('says so on stderr and exits 1 when nothing matches, as grep does', () => {
    const result = backpain(['search', 'xylophone']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe("backpain: no section contains 'xylophone'. See all sections with 'backpain sections'.\n");
    expect(backpain(['search', 'xylophone', '--json']).stdout).toBe('[]\n');
  });

  it('rejects an empty search, exit 2', () => {
    const result = backpain(['search', '  ']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
  });
});
