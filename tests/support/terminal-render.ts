import { renderUnwrapped } from '../../src/build/terminal-render.js';
import type { Style } from '../../src/render/style.js';
import { finishTerminal } from '../../src/render/terminal-read.js';

/** Markdown as terminal text, rendered whole by marked + marked-terminal and wrapped to `width`: what `read` must print. */
export function renderMarkdown(markdown: string, style: Style, width: number): string {
  return finishTerminal(renderUnwrapped(markdown, style), style, width);
}
