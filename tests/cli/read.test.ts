import { SECTION_IDS } from '../support/sections.js';
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { BIN, ESC, backpain } from '../support/cli.js';
import guide from '../support/guide-from-disk.js';
import { loadGuide, loadMessages } from '../support/data-from-disk.js';

const readBlocks = (g: typeof guide, sections: typeof guide.sections, whole: boolean): string[] => blocksOf(g, sections, whole, en);
import { en } from '../../src/messages/en.js';
import { readBlocks as blocksOf } from '../../src/render/markdown.js';
import { PLAIN, loadStyle } from '../../src/render/style.js';
import { renderMarkdown } from '../support/terminal-render.js';


function longestLine(text: string): number {
  return Math.max(...text.split('\n').map((l) => [...l].length));
}

describe('backpain read on a pipe', () => {
  const whole = backpain(['read']);

  it('prints the whole guide as markdown, no escape codes, exit 0', () => {
    expect(whole.code).toBe(0);
    expect(whole.stderr).toBe('');
    expect(whole.stdout).toMatch(/^# Can Back Pain Cause Leg Pain\?\n/);
    expect(whole.stdout).not.toContain(ESC);
    expect(whole.stdout.match(/^## /gm)).toHaveLength(SECTION_IDS.length);
  });

  it('prints what rendering the markdown gives, for the whole guide and each section, in each language (the build writes it by block)', () => {
    for (const lang of ['en', 'es'] as const) {
      const g = loadGuide(lang);
      const m = loadMessages(lang);
      expect(backpain(['--lang', lang, 'read']).stdout, lang).toBe(blocksOf(g, g.sections, true, m).join('\n'));
      for (const section of g.sections) {
        expect(backpain(['--lang', lang, 'read', section.id]).stdout, `${lang} ${section.id}`).toBe(blocksOf(g, [section], false, m).join('\n'));
      }
      const [first, second] = [g.sections[4], g.sections[1]];
      if (!first || !second) throw new Error('the guide has fewer than five sections');
      expect(backpain(['--lang', lang, 'read', first.id, second.id]).stdout).toBe(blocksOf(g, [first, second], false, m).join('\n'));
    }
  });

  it('credits the article and ends with the disclaimer', () => {
    expect(whole.stdout).toContain('Dr. Eric DePopas, MD');
    expect(whole.stdout).toContain('Helped (formerly PainTheory)');
    expect(whole.stdout).toContain('April 25, 2022');
    expect(whole.stdout.trimEnd().split('\n').at(-1)).toMatch(/not a diagnosis|not medical advice/i);
  });

  it('keeps the warning signs visible without colour', () => {
    expect(whole.stdout).toMatch(/^## 8\. When to get help$/m);
    expect(whole.stdout).toMatch(/^- \*\*\[!\] Emergency: Chest pain\*\*/m);
    expect(whole.stdout).toMatch(/^- \*\*\[!\] Today: Fever\*\*/m);
  });

  it('gives the emergency numbers and the one-line emergency rule within the first 30 lines', () => {
    const top = whole.stdout.split('\n').slice(0, 30).join('\n');
    expect(top).toMatch(/\*\*Emergency: call 999 \(UK\), 911 \(US\) or 112 \(EU\) now, or go to an emergency department, if you have back pain and any warning sign in section 8\.\*\*/);
  });

  it('credits the publisher and says what it offers', () => {
    expect(whole.stdout.replace(/\s+/g, ' ')).toContain("Helped (formerly PainTheory), the article's publisher, offers help with spinal cord stimulation");
  });
});

describe('backpain read <section>', () => {
  it.each([
    ['markdown', []],
    ['text', ['--format', 'text']],
    ['terminal', ['--format', 'terminal', '--no-color']],
  ])('one section ends with the one-line disclaimer, as the whole guide does (%s)', (_, flags) => {
    const result = backpain(['read', 'causes', ...flags]);
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines.slice(-2).join(' ').replace(/\*\*/g, '')).toMatch(/This guide is for information only\. It is not a diagnosis or medical advice: talk with your doctor about your pain\.$/);
  });

  it('JSON data fields stay clean: no disclaimer or credit in them', () => {
    const data = JSON.parse(backpain(['read', 'causes', '--json']).stdout) as { markdown: string }[];
    expect(data[0]?.markdown).not.toMatch(/for information only|Based on/);
  });

  it('reads a section by id, number and prefix of id or title alike', () => {
    const byId = backpain(['read', 'causes']);
    expect(byId.code).toBe(0);
    expect(byId.stdout.match(/^## /gm)).toHaveLength(1);
    expect(byId.stdout).toContain('**Herniated disc**');
    expect(backpain(['read', '5']).stdout).toBe(byId.stdout);
    expect(backpain(['read', 'caus']).stdout).toBe(byId.stdout);
    expect(backpain(['read', 'CAUSES']).stdout).toBe(byId.stdout);
  });

  it('reads several sections in the order given', () => {
    const out = backpain(['read', 'risk-factors', 'causes']).stdout;
    const titles = out.match(/^## .*/gm) ?? [];
    expect(titles).toHaveLength(2);
    expect(out.indexOf('**Herniated disc**')).toBeGreaterThan(out.indexOf('**Diabetes**'));
  });

  it('gives JSON {id, number, title, markdown, lang} with --json', () => {
    const result = backpain(['read', 'causes', 'leg-pain', '--json']);
    const data = JSON.parse(result.stdout) as Record<string, unknown>[];
    expect(data.map((s) => Object.keys(s))).toEqual([
      ['id', 'number', 'title', 'markdown', 'lang'],
      ['id', 'number', 'title', 'markdown', 'lang'],
    ]);
    expect(data.map((s) => s.id)).toEqual(['causes', 'leg-pain']);
    expect(data[0]?.number).toBe(5);
    expect(String(data[0]?.markdown)).toContain('**Herniated disc**');
  });

  it('renders text without markdown markers or escapes, wrapped at --width', () => {
    const result = backpain(['read', '--format', 'text', '--width', '40']);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain(ESC);
    expect(result.stdout).not.toContain('**');
    expect(result.stdout).not.toMatch(/^#+ /m);
    expect(longestLine(result.stdout)).toBeLessThanOrEqual(40);
    expect(result.stdout).toContain('Herniated disc');
  });

  it('wraps text at 80 columns by default on a pipe', () => {
    const result = backpain(['read', '--format', 'text']);
    expect(longestLine(result.stdout)).toBeLessThanOrEqual(80);
    expect(longestLine(result.stdout)).toBeGreaterThan(60);
  });

  it('renders with colour and no raw markdown when FORCE_COLOR=1', () => {
    const result = backpain(['read', 'causes', '--format', 'terminal'], { env: { FORCE_COLOR: '1' } });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`${ESC}[`);
    expect(result.stdout).not.toContain('**');
    expect(result.stdout).not.toMatch(/^\s*#+ /m);
    expect(result.stdout).toContain('Herniated disc');
  });

  it('has no colour with FORCE_COLOR=1 and --no-color', () => {
    const result = backpain(['read', 'causes', '--format', 'terminal', '--no-color'], { env: { FORCE_COLOR: '1' } });
    expect(result.stdout).not.toContain(ESC);
  });
});

describe('backpain read errors', () => {
  it('suggests the closest section for a typo, exit 2, nothing on stdout', () => {
    const result = backpain(['read', 'cuases']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe("backpain: unknown section 'cuases'. Did you mean 'causes'? See all sections with 'backpain sections'.\n");
  });

  it('rejects a section number out of range', () => {
    const result = backpain(['read', '99']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^backpain: there is no section 99: sections are numbered 1 to 10\. .*backpain sections/);
    expect(result.stdout).toBe('');
  });

  it('names the candidates of an ambiguous prefix', () => {
    const result = backpain(['read', 'leg']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("'leg-weakness'");
    expect(result.stderr).toContain("'leg-pain'");
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('rejects an unknown format with the choices', () => {
    const result = backpain(['read', '--format', 'pdf']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/'pdf'.*terminal, text, markdown, json/);
    expect(result.stdout).toBe('');
  });

  it('rejects a width out of range', () => {
    const result = backpain(['read', '--width', '5']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--width must be a whole number from 20 to 300/);
  });
});

describe('backpain read | head', () => {
  it('ends quietly with exit 0 when the reader closes the pipe', () => {
    for (const format of ['markdown', 'text', 'json']) {
      const result = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${BIN}" read --format ${format} | head -3`], { encoding: 'utf8' });
      expect(result.status).toBe(0);
      expect(result.stderr).toBe('');
      expect(result.stdout.split('\n')).toHaveLength(4);
    }
  });
});

describe('backpain read as terminal text', () => {
  // The built CLI prints text rendered by the build; here marked + marked-terminal render
  // content/ afresh, so a stale or wrong build shows as a difference.
  it('prints what marked + marked-terminal make of content/, plain and in colour, at any width', async () => {
    const colour = await loadStyle(1);
    const cases = [
      { args: ['read', '--format', 'text', '--width', '50'], env: {}, blocks: readBlocks(guide, guide.sections, true), style: PLAIN, width: 50 },
      { args: ['read', '--format', 'terminal', '--width', '80'], env: { FORCE_COLOR: '1' }, blocks: readBlocks(guide, guide.sections, true), style: colour, width: 80 },
      { args: ['read', 'doctor', 'causes', '--format', 'terminal', '--width', '120'], env: { FORCE_COLOR: '3' }, blocks: readBlocks(guide, guide.sections.filter((s) => ['doctor', 'causes'].includes(s.id)).reverse(), false), style: colour, width: 120 },
    ];
    for (const { args, env, blocks, style, width } of cases) {
      const result = backpain(args, { env });
      expect(result.code).toBe(0);
      expect(result.stdout).toBe(renderMarkdown(blocks.join('\n'), style, width));
    }
  });
});

