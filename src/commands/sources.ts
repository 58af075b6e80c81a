import { ok, type Outcome } from '../cli/io.js';
import { decideOutput } from '../cli/settings.js';
import { toJson } from '../render/json.js';
import { sourcesLayout, sourcesMarkdown } from '../render/sources.js';
import { loadStyle } from '../render/style.js';
import { toTsv } from '../render/tsv.js';
import type { Context } from './context.js';

export async function sourcesCommand(ctx: Context): Promise<Outcome> {
  const { sources } = ctx.guide;
  const out = decideOutput(ctx.flags, ctx.io.env, ctx.io.stdout, 'text', ['terminal', 'text', 'markdown', 'tsv', 'json']);
  switch (out.format) {
    case 'json':
      return ok(toJson({ article: sources.article, interest: sources.interest, references: sources.references, reviewed: sources.reviewed }));
    case 'tsv': {
      const { article } = sources;
      const articleRow = ['article', article.title, `${article.author}, ${article.publisher}, ${article.date}`, 'the guide'];
      return ok(toTsv([articleRow, ...sources.references.map((r) => [r.id, r.name, r.citation, r.supports])]));
    }
    case 'markdown':
      return ok(sourcesMarkdown(sources));
    default:
      return ok(sourcesLayout(sources, await loadStyle(out.color), out.width));
  }
}
