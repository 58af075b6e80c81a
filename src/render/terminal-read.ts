// What `read` prints on a terminal and with --format text: the blocks of the read, rendered at
// build time by marked + marked-terminal (src/build/prerender.ts), wrapped here to the width.
import type { Style } from './style.js';
import { wrapText } from './wrap.js';

/**
 * Each block a read can print (keyed by readKeys: `#title`, a section's id, `#footer`) as terminal
 * text, rendered by marked + marked-terminal at build time and not yet wrapped: the CLI wraps it
 * to the width in use. `colour` serves every colour level: the guide uses the 16 basic colours.
 */
export interface TerminalBlocks {
  plain: Readonly<Record<string, string>>;
  colour: Readonly<Record<string, string>>;
}

/** Stands for a horizontal rule in unwrapped terminal text (a private-use character). */
export const HR_MARK = '\uE000';

/** Unwrapped terminal text (see renderUnwrapped) made ready to print at `width`. */
export function finishTerminal(unwrapped: string, style: Style, width: number): string {
  const text = unwrapped.replaceAll(HR_MARK, style.dim('─'.repeat(Math.min(width, 72))));
  return `${wrapText(text.replace(/\n{3,}/g, '\n\n').trimEnd(), width)}\n`;
}

/** The blocks of a read, by key (readKeys), as terminal text in `style`, wrapped to `width`. */
export function renderRead(keys: readonly string[], blocks: TerminalBlocks, style: Style, width: number): string {
  const table = style.level === 0 ? blocks.plain : blocks.colour;
  return finishTerminal(keys.map((key) => table[key] ?? missing(key)).join(''), style, width);
}

/** Every block a read can print is rendered by the build: a miss is a bug in the build. */
function missing(key: string): never {
  throw new Error(`the build has no terminal text for the block '${key}'`);
}
