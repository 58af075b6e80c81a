import type { Style } from './style.js';
import { wrapText } from './wrap.js';

/** Stands for a horizontal rule in unwrapped terminal text (a private-use character). */
export const HR_MARK = '\uE000';

/** Unwrapped terminal text (see renderUnwrapped) made ready to print at `width`. */
export function finishTerminal(unwrapped: string, style: Style, width: number): string {
  const text = unwrapped.replaceAll(HR_MARK, style.dim('─'.repeat(Math.min(width, 72))));
  return `${wrapText(text.replace(/\n{3,}/g, '\n\n').trimEnd(), width)}\n`;
}
