import { toJson, toTsv } from '../render/data.js';
import { sectionsLayout } from '../render/layout.js';
import { ok, type Context, type Outcome } from './context.js';

export function sectionsCommand(ctx: Context): Outcome {
  const { sections } = ctx.guide;
  if (ctx.out.format === 'json') return ok(toJson(sections.map(({ id, number, title }) => ({ id, number, title, lang: ctx.lang }))));
  if (ctx.out.format === 'tsv') return ok(toTsv(sections.map((s) => [s.id, s.number, s.title])));
  return ok(sectionsLayout(sections, ctx.style, ctx.out.width));
}
