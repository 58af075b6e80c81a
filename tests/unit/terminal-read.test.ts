import { loadRendered } from 'backpain:rendered';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/messages/en.js';
import { readBlocks as blocksOf } from '../../src/render/markdown.js';
import { PLAIN, loadStyle, type ColorLevel } from '../../src/render/style.js';
import { renderMarkdown } from '../../src/build/terminal-render.js';
import { renderRead } from '../../src/render/terminal-read.js';
import guide from '../support/guide-from-disk.js';

const rendered = loadRendered('en');
const readBlocks = (g: typeof guide, sections: typeof guide.sections, whole: boolean): string[] => blocksOf(g, sections, whole, en);

// `read` prints text marked + marked-terminal rendered at build time, one block at a time. It must
// be exactly what rendering the piped markdown would give, so the shortcut never shows.
describe('terminal text rendered at build time', () => {
  const reads = [
    { name: 'the whole guide', blocks: readBlocks(guide, guide.sections, true) },
    ...guide.sections.map((section) => ({ name: section.id, blocks: readBlocks(guide, [section], false) })),
    { name: 'two sections, out of order', blocks: readBlocks(guide, guide.sections.filter((s) => ['treatments', 'leg-pain'].includes(s.id)).reverse(), false) },
  ];

  it('has text for every block a read can print, plain and in colour', () => {
    expect(Object.keys(rendered.plain).sort()).toEqual(readBlocks(guide, guide.sections, true).sort());
    expect(Object.keys(rendered.colour).sort()).toEqual(readBlocks(guide, guide.sections, true).sort());
  });

  it.each(reads)('prints $name as rendering its markdown does, at every colour level and width', async ({ blocks }) => {
    for (const level of [0, 1, 2, 3] as ColorLevel[]) {
      const style = level === 0 ? PLAIN : await loadStyle(level);
      for (const width of [20, 33, 80, 132, 300]) {
        expect(renderRead(blocks, 'en', style, width)).toBe(renderMarkdown(blocks.join('\n'), style, width));
      }
    }
  });

  it('draws the rule under the guide as wide as the screen, up to 72 columns', () => {
    const last = readBlocks(guide, guide.sections, true);
    expect(renderRead(last, 'en', PLAIN, 40)).toContain(`\n${'─'.repeat(40)}\n`);
    expect(renderRead(last, 'en', PLAIN, 120)).toContain(`\n${'─'.repeat(72)}\n`);
  });

  it('refuses a block the build did not render, naming it', () => {
    expect(() => renderRead(['# Not in the guide\n'], 'en', PLAIN, 80)).toThrow(/no terminal text for the block starting '# Not in the guide/);
  });
});
