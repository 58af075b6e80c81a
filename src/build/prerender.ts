// Run by the build, not by the CLI: every block `read` can print, rendered once with marked +
// marked-terminal, plain and in colour. The CLI prints these (src/render/terminal-read.ts).
import type { Guide } from '../content/types.js';
import type { Messages } from '../messages/en.js';
import { readBlocks, readKeys } from '../render/markdown.js';
import { PLAIN, loadStyle } from '../render/style.js';
import type { Prerendered } from '../render/terminal-read.js';
import { PREWRAPPED_WIDTHS, finishBlock } from '../render/terminal-finish.js';
import { renderUnwrapped } from './terminal-render.js';

/**
 * The guide's styles use the 16 basic colours only, which every colour level prints alike, so
 * level 1 stands for all (tests/unit/terminal-read.test.ts holds it to that).
 */
export async function prerenderReadBlocks(guide: Guide, m: Messages): Promise<Prerendered> {
  const colour = await loadStyle(1);
  const blocks = readBlocks(guide, guide.sections, true, m);
  return {
    plain: Object.fromEntries(blocks.map((block) => [block, renderUnwrapped(block, PLAIN)])),
    colour: Object.fromEntries(blocks.map((block) => [block, renderUnwrapped(block, colour)])),
  };
}

/**
 * Each block's terminal text wrapped ahead to the common widths, plain and in colour, by the
 * block's key (readKeys): `[mode][width][key]`. Keyed so, a read at these widths needs neither
 * the sections' markdown nor the catalog.
 */
export async function prewrapReadBlocks(rendered: Prerendered, guide: Guide, m: Messages): Promise<Record<'plain' | 'colour', Record<number, Record<string, string>>>> {
  const colour = await loadStyle(1);
  const blocks = readBlocks(guide, guide.sections, true, m);
  const keys = readKeys(guide.sections, true);
  const wrap = (table: Readonly<Record<string, string>>, style: typeof colour, width: number): Record<string, string> =>
    Object.fromEntries(blocks.map((block, i) => [keys[i] ?? '', finishBlock(table[block] ?? '', style, width)]));
  return {
    plain: Object.fromEntries(PREWRAPPED_WIDTHS.map((w) => [w, wrap(rendered.plain, PLAIN, w)])),
    colour: Object.fromEntries(PREWRAPPED_WIDTHS.map((w) => [w, wrap(rendered.colour, colour, w)])),
  };
}

export { markdownReadBlocks } from '../render/markdown.js';
export { htmlFragments } from '../render/html.js';
