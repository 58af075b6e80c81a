// What `read` prints on a terminal and with --format text: the blocks of the read, rendered at
// build time by marked + marked-terminal (src/render/prerender.ts), wrapped to the width here.
import prerendered from 'backpain:rendered';
import type { Style } from './style.js';
import { finishTerminal } from './terminal-finish.js';

/** The blocks of a read (see readBlocks) as terminal text in `style`, wrapped to `width`. */
export function renderRead(blocks: readonly string[], style: Style, width: number): string {
  const table = style.level === 0 ? prerendered.plain : prerendered.colour;
  const unwrapped = blocks.map((block) => {
    const text = table[block];
    // Every block a read can print is rendered by the build: a miss is a bug in the build.
    if (text === undefined) throw new Error(`the build has no terminal text for the block starting '${block.slice(0, 40)}'`);
    return text;
  });
  return finishTerminal(unwrapped.join(''), style, width);
}
