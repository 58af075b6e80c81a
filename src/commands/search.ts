import { type Outcome, ok } from '../cli/io.js';
import { decideOutput } from '../cli/settings.js';
import { errorLine } from '../cli/message.js';
import { search, searchTerms } from '../core/search.js';
import { visible } from '../core/visible.js';
import { toJson } from '../render/json.js';
import { searchLayout } from '../render/layout.js';
import { loadStyle } from '../render/style.js';
import { toTsv } from '../render/tsv.js';
import type { Context } from './context.js';

export async function searchCommand(ctx: Context, words: readonly string[]): Promise<Outcome> {
  const terms = searchTerms(words);
  const out = decideOutput(ctx.flags, ctx.io.env, ctx.io.stdout, 'tsv', ['terminal', 'text', 'tsv', 'json']);
  const hits = search(ctx.guide.sections, terms);
  if (hits.length === 0) {
    // JSON readers still get valid JSON; the message goes to stderr, and exit 1 as grep does.
    const message = `no section contains ${terms.map((t) => `'${visible(t)}'`).join(' and ')}.`;
    return { stdout: out.format === 'json' ? toJson([]) : '', stderr: errorLine(message, "See all sections with 'backpain sections'."), code: 1 };
  }
  if (out.format === 'json') return ok(toJson(hits));
  if (out.format === 'tsv') return ok(toTsv(hits.map((h) => [h.id, h.title, h.snippet])));
  return ok(searchLayout(hits, terms, await loadStyle(out.color), out.width));
}
