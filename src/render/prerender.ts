// Run by scripts/build.mjs, not by the CLI: every block `read` can print, rendered once with
// marked + marked-terminal, plain and in colour. The CLI prints these (src/render/terminal-read.ts).
import type { Guide } from '../content/types.js';
import { allReadBlocks } from './markdown.js';
import { PLAIN, loadStyle } from './style.js';
import { renderUnwrapped } from './terminal.js';

/** Unwrapped terminal text for each block, keyed by the block's markdown. */
export interface Prerendered {
  plain: Readonly<Record<string, string>>;
  colour: Readonly<Record<string, string>>;
}

/**
 * The guide's styles use the 16 basic colours only, which every colour level prints alike, so
 * level 1 stands for all (tests/unit/terminal-read.test.ts holds it to that).
 */
export async function prerenderReadBlocks(guide: Guide): Promise<Prerendered> {
  const colour = await loadStyle(1);
  const blocks = allReadBlocks(guide);
  return {
    plain: Object.fromEntries(blocks.map((block) => [block, renderUnwrapped(block, PLAIN)])),
    colour: Object.fromEntries(blocks.map((block) => [block, renderUnwrapped(block, colour)])),
  };
}
