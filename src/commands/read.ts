import { ok, type Outcome } from '../cli/io.js';
import { decideOutput } from '../cli/settings.js';
import { resolveSections } from '../core/resolve.js';
import { toJson } from '../render/json.js';
import { readBlocks } from '../render/markdown.js';
import { loadStyle } from '../render/style.js';
import type { Context } from './context.js';

export async function readCommand(ctx: Context, names: readonly string[]): Promise<Outcome> {
  const { guide, io } = ctx;
  const out = decideOutput(ctx.flags, io.env, io.stdout, 'markdown', ['terminal', 'text', 'markdown', 'json', 'html']);
  const sections = resolveSections(guide, names);
  if (out.format === 'json') {
    return ok(toJson(sections.map(({ id, number, title, markdown }) => ({ id, number, title, markdown }))));
  }
  const whole = names.length === 0;
  if (out.format === 'html') {
    const { renderHtml } = await import('../render/html.js');
    return ok(renderHtml(guide, sections, whole));
  }
  const blocks = readBlocks(guide, sections, whole);
  if (out.format === 'markdown') return ok(blocks.join('\n'));
  const { renderRead } = await import('../render/terminal-read.js');
  return { stdout: renderRead(blocks, await loadStyle(out.color), out.width), code: 0, pageable: true };
}
