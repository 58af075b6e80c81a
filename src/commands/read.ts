import { resolveSections } from '../core/resolve.js';
import { toJson } from '../render/data.js';
import { readBlocks, readKeys } from '../render/markdown.js';
import { ok, type Context, type Outcome } from './context.js';

export async function readCommand(ctx: Context, names: readonly string[]): Promise<Outcome> {
  // ctx.messages is read only where a block must be rendered here: the catalog is parsed on first use.
  const { guide, out } = ctx;
  const sections = resolveSections(guide, names, ctx.lang);
  if (out.format === 'json') return ok(toJson(sections.map(({ id, number, title, markdown }) => ({ id, number, title, markdown, lang: ctx.lang }))));
  const whole = names.length === 0;
  if (out.format === 'html') {
    const { assembleHtml } = await import('../render/html-page.js');
    return ok(assembleHtml(ctx.html(), 'full', sections.map((s) => s.id), whole));
  }
  const keys = readKeys(sections, whole);
  if (out.format === 'markdown') {
    // The build wrote each block's markdown by key: joined, they are what rendering gives.
    const block = ctx.markdownBlocks();
    const built = block ? keys.map(block) : [];
    if (block && built.every((text) => text !== undefined)) return ok(built.join('\n'));
    return ok(readBlocks(guide, sections, whole, ctx.messages).join('\n'));
  }
  const { renderRead, renderReadKeys } = await import('../render/terminal-read.js');
  // At the widths the build wrapped to, the blocks are found by key: no markdown is needed.
  const text = renderReadKeys(keys, ctx.lang, ctx.style, out.width) ?? renderRead(readBlocks(guide, sections, whole, ctx.messages), ctx.lang, ctx.style, out.width);
  return { stdout: text, code: 0, pageable: true };
}
