import { matchingWords, search, searchTerms } from '../core/search.js';
import { visibleList } from '../core/visible.js';
import { EXIT } from '../core/exit.js';
import { fill } from '../messages/fill.js';
import { toJson, toTsv } from '../render/data.js';
import { searchLayout } from '../render/layout.js';
import { errorLine } from '../core/error-line.js';
import { ok, type Context, type Outcome } from './context.js';

export function searchCommand(ctx: Context, words: readonly string[]): Outcome {
  const { out, messages: m, lang } = ctx;
  const terms = searchTerms(words);
  const prepared = ctx.searchable();
  const hits = search(ctx.guide.sections, terms, lang, (section) => prepared[section.id]);
  if (hits.length === 0) {
    // JSON readers still get valid JSON; the message goes to stderr, and exit 1 as grep does.
    const message = fill(m.errors.noMatch, { terms: visibleList(terms, m.values.and) });
    return { stdout: out.format === 'json' ? toJson([]) : '', stderr: errorLine(message, m.hints.seeSections), code: EXIT.failure };
  }
  if (out.format === 'json') return ok(toJson(hits.map((hit) => ({ ...hit, lang }))));
  if (out.format === 'tsv') return ok(toTsv(hits.map((h) => [h.id, h.title, h.snippet])));
  return ok(searchLayout(hits, (snippet) => matchingWords(snippet, terms, lang), ctx.style, out.width));
}
