import { resolveSections } from '../core/resolve.js';
import { toJson } from '../render/data.js';
import { assembleHtml } from '../render/html-page.js';
import { readBlocks, readKeys } from '../render/markdown.js';
import { renderRead } from '../render/terminal-read.js';
import { ok, type Context, type Outcome } from './context.js';

export function readCommand(ctx: Context, names: readonly string[]): Outcome {
  const { guide, out } = ctx;
  const sections = resolveSections(guide, names, ctx.lang);
  const whole = names.length === 0;
  if (out.format === 'json') return ok(toJson(sections.map(({ id, number, title, markdown }) => ({ id, number, title, markdown, lang: ctx.lang }))));
  if (out.format === 'html') return ok(assembleHtml(ctx.html(), 'full', sections.map((s) => s.id), whole));
  if (out.format === 'markdown') return ok(readBlocks(guide, sections, whole, ctx.messages).join('\n'));
  return { stdout: renderRead(readKeys(sections, whole), ctx.terminal, ctx.style, out.width), code: 0, pageable: true };
}
