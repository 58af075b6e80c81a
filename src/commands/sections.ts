import { ok, type Outcome } from '../cli/io.js';
import { decideOutput } from '../cli/settings.js';
import { toJson } from '../render/json.js';
import { sectionsLayout } from '../render/layout.js';
import { loadStyle } from '../render/style.js';
import { toTsv } from '../render/tsv.js';
import type { Context } from './context.js';

export async function sectionsCommand(ctx: Context): Promise<Outcome> {
  const { sections } = ctx.guide;
  const out = decideOutput(ctx.flags, ctx.io.env, ctx.io.stdout, 'tsv', ['terminal', 'text', 'tsv', 'json']);
  if (out.format === 'json') return ok(toJson(sections.map(({ id, number, title }) => ({ id, number, title }))));
  if (out.format === 'tsv') return ok(toTsv(sections.map((s) => [s.id, s.number, s.title])));
  return ok(sectionsLayout(sections, await loadStyle(out.color), out.width));
}
