import { WARNING_MARK, itemMarkdown } from '../content/item-markdown.js';
import { sourceLabel } from '../content/parse.js';
import { ok, type Outcome } from '../cli/io.js';
import { decideOutput } from '../cli/settings.js';
import { listSection, parseListKind } from '../core/lists.js';
import { toJson } from '../render/json.js';
import { listLayout } from '../render/layout.js';
import { loadStyle } from '../render/style.js';
import { toTsv } from '../render/tsv.js';
import type { Context } from './context.js';

export async function listCommand(ctx: Context, [kindInput = '']: readonly string[]): Promise<Outcome> {
  const { guide } = ctx;
  const kind = parseListKind(kindInput);
  const out = decideOutput(ctx.flags, ctx.io.env, ctx.io.stdout, 'tsv', ['terminal', 'text', 'markdown', 'tsv', 'json']);
  const section = listSection(guide, kind);
  const items = section.items;
  const label = (id: string): string => sourceLabel(guide.sources, id);
  switch (out.format) {
    case 'json':
      return ok(toJson(items.map(({ id, name, summary, details, source, notes }) => ({ id, name, summary, details, source, notes }))));
    case 'tsv':
      // The marker goes with the name, so a warning sign stands out on a pipe too; JSON stays data.
      return ok(toTsv(items.map((i) => [i.id, kind === 'red-flags' ? `${WARNING_MARK} ${i.name}` : i.name, i.summary])));
    case 'markdown':
      return ok(`${items.map((i) => itemMarkdown(i, label, kind === 'red-flags')).join('\n')}\n`);
    default:
      return ok(listLayout(kind, section.title, items, label, await loadStyle(out.color), out.width));
  }
}
