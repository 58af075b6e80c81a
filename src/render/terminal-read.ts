// What `read` prints on a terminal and with --format text, at run time: the blocks of the read,
// rendered at build time by marked + marked-terminal (src/build/prerender.ts), wrapped here.
import { loadRendered, loadWrapped } from 'backpain:rendered';
import type { Lang } from '../core/lang.js';
import type { Style } from './style.js';
import { finishTerminal, joinFinished } from './terminal-finish.js';

/** Unwrapped terminal text for each block a read can print, keyed by the block's markdown. */
export interface Prerendered {
  plain: Readonly<Record<string, string>>;
  colour: Readonly<Record<string, string>>;
}

/** The blocks of a read (see readBlocks) as terminal text in `style`, wrapped to `width`. */
export function renderRead(blocks: readonly string[], lang: Lang, style: Style, width: number): string {
  const rendered = loadRendered(lang);
  const table = style.level === 0 ? rendered.plain : rendered.colour;
  const unwrapped = blocks.map((block) => {
    const text = table[block];
    return text ?? missing(block);
  });
  return finishTerminal(unwrapped.join(''), style, width);
}

/**
 * The same, by the blocks' keys (readKeys), at the widths the build wrapped to (PREWRAPPED_WIDTHS):
 * only joined here. Undefined at other widths, where renderRead wraps.
 */
export function renderReadKeys(keys: readonly string[], lang: Lang, style: Style, width: number): string | undefined {
  // Every colour level paints the guide alike (16 basic colours), so one coloured table serves all.
  const wrapped = loadWrapped(lang, style.level === 0 ? 'plain' : 'colour', width);
  return wrapped && joinFinished(keys.map((key) => wrapped[key] ?? missing(key)));
}

/** Every block a read can print is rendered by the build: a miss is a bug in the build. */
function missing(block: string): never {
  throw new Error(`the build has no terminal text for the block starting '${block.slice(0, 40)}'`);
}
