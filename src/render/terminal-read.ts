// What `read` prints on a terminal and with --format text: the blocks of the read, rendered at
// build time by marked + marked-terminal (src/build/prerender.ts), wrapped here to the width.
import type { Style } from './style.js';
import { stripAnsi, wrapText } from './wrap.js';

/**
 * Each block a read can print (keyed by readKeys: `#title`, a section's id, `#footer`) as terminal
 * text in colour, rendered by marked + marked-terminal at build time and not yet wrapped. One copy
 * serves every colour level (the guide uses the 16 basic colours) and, without its escape codes,
 * no colour at all: marked-terminal's plain output is the same text (tests/unit/terminal-read.test.ts).
 */
export type TerminalBlocks = Readonly<Record<string, string>>;

/** Stands for a horizontal rule in unwrapped terminal text (a private-use character). */
export const HR_MARK = '\uE000';

/** Unwrapped terminal text (see renderUnwrapped) made ready to print at `width`. */
export function finishTerminal(unwrapped: string, style: Style, width: number): string {
  const text = unwrapped.replaceAll(HR_MARK, style.dim('─'.repeat(Math.min(width, 72))));
  return `${wrapText(text.replace(/\n{3,}/g, '\n\n').trimEnd(), width)}\n`;
}

/** The blocks of a read, by key (readKeys), as terminal text in `style`, wrapped to `width`. */
export function renderRead(keys: readonly string[], blocks: TerminalBlocks, style: Style, width: number): string {
  const text = keys.map((key) => blocks[key] ?? missing(key)).join('');
  return finishTerminal(style.level === 0 ? stripAnsi(text) : text, style, width);
}

/** Every block a read can print is rendered by the build: a miss is a bug in the build. */
function missing(key: string): never {
  throw new Error(`the build has no terminal text for the block '${key}'`);
}
