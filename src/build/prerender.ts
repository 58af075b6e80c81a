// Run by the build, not by the CLI: every block `read` can print, rendered once with marked +
// marked-terminal in colour, by the block's key, into dist/data/<lang>.json. The CLI only wraps
// it, and takes the colour out for plain text (src/render/terminal-read.ts).
import type { Guide } from '../content/types.js';
import type { TerminalBlocks } from '../render/terminal-read.js';
import type { Messages } from '../messages/en.js';
import { readBlocks, readKeys } from '../render/markdown.js';
import { loadStyle } from '../render/style.js';
import { renderUnwrapped } from './terminal-render.js';

/**
 * The guide's styles use the 16 basic colours only, which every colour level prints alike, so
 * level 1 stands for all (tests/unit/terminal-read.test.ts holds it to that).
 */
export async function terminalBlocks(guide: Guide, m: Messages): Promise<TerminalBlocks> {
  const colour = await loadStyle(1);
  const blocks = readBlocks(guide, guide.sections, true, m);
  const keys = readKeys(guide.sections, true);
  return Object.fromEntries(blocks.map((block, i) => [keys[i] ?? '', renderUnwrapped(block, colour)]));
}

export { htmlFragments } from '../render/html.js';
