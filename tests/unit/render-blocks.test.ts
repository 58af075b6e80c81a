import lexed from 'backpain:lexed';
import { describe, expect, it } from 'vitest';
import guide from '../support/guide-from-disk.js';
import { allReadBlocks, readBlocks } from '../../src/render/markdown.js';
import { PLAIN, loadStyle } from '../../src/render/style.js';
import { renderBlocks, renderMarkdown } from '../../src/render/terminal.js';

// `read` renders blocks lexed at build time; it must print exactly what rendering the piped
// markdown would, so the shortcut can never change what a reader sees.
describe('rendering pre-lexed blocks', () => {
  const reads = [
    { name: 'the whole guide', blocks: readBlocks(guide, guide.sections, true) },
    ...guide.sections.map((section) => ({ name: section.id, blocks: readBlocks(guide, [section], false) })),
    { name: 'two sections', blocks: readBlocks(guide, guide.sections.filter((section) => ['treatments', 'leg-pain'].includes(section.id)).reverse(), false) },
  ];

  it('has tokens for every block a read can print', () => {
    for (const { blocks } of reads) for (const block of blocks) expect(lexed[block], block.slice(0, 40)).toBeDefined();
    expect(Object.keys(lexed).sort()).toEqual(allReadBlocks(guide).sort());
  });

  it.each(reads)('prints $name as rendering the joined markdown does, in colour and plain, at any width', async ({ blocks }) => {
    const colour = await loadStyle(3);
    for (const style of [PLAIN, colour]) {
      for (const width of [40, 80, 132]) {
        expect(renderBlocks(blocks, style, width)).toBe(renderMarkdown(blocks.join('\n'), style, width));
      }
    }
  });

  it('leaves the lexed tokens as they were, so a second render is the same', () => {
    const blocks = readBlocks(guide, guide.sections, true);
    const before = JSON.stringify(blocks.map((block) => lexed[block]));
    const first = renderBlocks(blocks, PLAIN, 80);
    expect(JSON.stringify(blocks.map((block) => lexed[block]))).toBe(before);
    expect(renderBlocks(blocks, PLAIN, 80)).toBe(first);
  });

  it('lexes a block the build did not see', () => {
    expect(lexed['**new** text\n']).toBeUndefined();
    expect(renderBlocks(['# Title\n', '**new** text\n'], PLAIN, 80)).toBe('Title\n\nnew text\n');
  });
});
