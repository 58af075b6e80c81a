import { describe, expect, it } from 'vitest';
import { readBlocks, readKeys } from '../../src/render/markdown.js';
import { PLAIN, loadStyle, type ColorLevel } from '../../src/render/style.js';
import { renderMarkdown } from '../support/terminal-render.js';
import { renderRead } from '../../src/render/terminal-read.js';
import { builtData } from '../support/cli.js';

// `read` prints text marked + marked-terminal rendered at build time, one block at a time, and
// wraps it at run time. It must be exactly what rendering the piped markdown would give, so the
// shortcut never shows.
describe.each(['en', 'es'] as const)('%s: terminal text rendered at build time', (lang) => {
  const { guide, messages, terminal } = builtData.data(lang);
  const reads = [
    { name: 'the whole guide', sections: guide.sections, whole: true },
    ...guide.sections.map((section) => ({ name: section.id, sections: [section], whole: false })),
    { name: 'two sections, out of order', sections: guide.sections.filter((s) => ['treatments', 'leg-pain'].includes(s.id)).reverse(), whole: false },
  ];

  it('has text for every block a read can print', () => {
    expect(Object.keys(terminal).sort()).toEqual(readKeys(guide.sections, true).sort());
  });

  it.each(reads)('prints $name as rendering its markdown does, at every colour level and width', async ({ sections, whole }) => {
    const markdown = readBlocks(guide, sections, whole, messages).join('\n');
    for (const level of [0, 1, 2, 3] as ColorLevel[]) {
      const style = level === 0 ? PLAIN : await loadStyle(level);
      for (const width of [20, 33, 40, 80, 100, 120, 132, 300]) {
        expect(renderRead(readKeys(sections, whole), terminal, style, width)).toBe(renderMarkdown(markdown, style, width));
      }
    }
  });

  it('draws the rule under the guide as wide as the screen, up to 72 columns', () => {
    const keys = readKeys(guide.sections, true);
    expect(renderRead(keys, terminal, PLAIN, 40)).toContain(`\n${'─'.repeat(40)}\n`);
    expect(renderRead(keys, terminal, PLAIN, 120)).toContain(`\n${'─'.repeat(72)}\n`);
  });

  it('refuses a block the build did not render, naming it', () => {
    expect(() => renderRead(['no-such-section'], terminal, PLAIN, 80)).toThrow(/no terminal text for the block 'no-such-section'/);
  });
});
