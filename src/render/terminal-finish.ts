import type { Style } from './style.js';
import { wrapText } from './wrap.js';

/**
 * The widths the build wraps every block of a read to ahead of time: 80, the width of a pipe and
 * of many terminals, and 100, the most prose gets on a wide one (READABLE_WIDTH). Others wrap at
 * run time.
 */
export const PREWRAPPED_WIDTHS = [80, 100] as const;

/** Stands for a horizontal rule in unwrapped terminal text (a private-use character). */
export const HR_MARK = '\uE000';

/** Unwrapped terminal text (see renderUnwrapped) made ready to print at `width`. */
export function finishTerminal(unwrapped: string, style: Style, width: number): string {
  const text = unwrapped.replaceAll(HR_MARK, style.dim('─'.repeat(Math.min(width, 72))));
  return `${wrapText(text.replace(/\n{3,}/g, '\n\n').trimEnd(), width)}\n`;
}

/**
 * One block of unwrapped terminal text, its rule drawn and its lines wrapped to `width`. The
 * build does this ahead for the common widths: wrapping is line by line, so blocks wrapped one
 * at a time and then joined (joinFinished) are what finishTerminal gives for the whole.
 */
export function finishBlock(unwrapped: string, style: Style, width: number): string {
  return wrapText(unwrapped.replaceAll(HR_MARK, style.dim('─'.repeat(Math.min(width, 72)))), width);
}

/** Finished blocks as one text to print: at most one blank line in a row, one line end at the end. */
export function joinFinished(blocks: readonly string[]): string {
  return `${blocks.join('').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
