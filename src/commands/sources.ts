import { toJson, toTsv } from '../render/data.js';
import { sourcesLayout, sourcesMarkdown } from '../render/sources.js';
import { ok, type Context, type Outcome } from './context.js';

export function sourcesCommand(ctx: Context): Outcome {
  const { sources } = ctx.guide;
  const m = ctx.messages;
  switch (ctx.out.format) {
    case 'json':
      return ok(toJson({ article: sources.article, interest: sources.interest, translation: sources.translation, references: sources.references, reviewed: sources.reviewed, lang: ctx.lang }));
    case 'tsv': {
      const { article } = sources;
      const articleRow = ['article', article.title, `${article.author}, ${article.publisher}, ${article.date}`, m.sources.articleRow];
      return ok(toTsv([articleRow, ...sources.references.map((r) => [r.id, r.name, r.citation, r.supports])]));
    }
    case 'markdown':
      return ok(sourcesMarkdown(sources, m));
    default:
      return ok(sourcesLayout(sources, m, ctx.style, ctx.out.width));
  }
}
