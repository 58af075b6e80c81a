import { WARNING_MARK, itemMarkdown } from '../content/item-markdown.js';
import { LIST_KIND_INFO } from '../content/list-kinds.js';
import { sourceLabel } from '../content/parse.js';
import { ok, type Outcome } from '../cli/io.js';
import { decideOutput } from '../cli/settings.js';
import { listAction, listItems, listSection, parseListKind } from '../core/lists.js';
import { toJson } from '../render/json.js';
import { listLayout } from '../render/layout.js';
import { loadStyle } from '../render/style.js';
import { toTsv } from '../render/tsv.js';
import type { Context } from './context.js';

export async function listCommand(ctx: Context, [kindInput = '']: readonly string[]): Promise<Outcome> {
  const { guide } = ctx;
  const kind = parseListKind(kindInput);
  const out = decideOutput(ctx.flags, ctx.io.env, ctx.io.stdout, 'tsv', ['terminal', 'text', 'markdown', 'tsv', 'json']);
  const items = listItems(guide, kind);
  const { warning } = LIST_KIND_INFO[kind];
  // Warning signs never come without what to do about them; JSON stays a plain array of items.
  const action = listAction(guide, kind);
  const actionLine = action ? `${WARNING_MARK} ${action}` : '';
  const label = (id: string): string => sourceLabel(guide.sources, id);
  switch (out.format) {
    case 'json':
      return ok(toJson(items.map(({ id, name, summary, details, source, notes }) => ({ id, name, summary, details, source, notes }))));
    case 'tsv': {
      // The marker goes with the name, so a warning sign stands out on a pipe too; the action goes
      // to stderr, so every record stays an item that `cut -f1` reads as an id.
      const rows = toTsv(items.map((i) => [i.id, warning ? `${WARNING_MARK} ${i.name}` : i.name, i.summary]));
      return actionLine ? { stdout: rows, stderr: `${actionLine}\n`, code: 0 } : ok(rows);
    }
    case 'markdown': {
      const body = `${items.map((i) => itemMarkdown(i, label, warning)).join('\n')}\n`;
      return ok(actionLine ? `**${actionLine}**\n\n${body}` : body);
    }
    default:
      return ok(listLayout(listSection(guide, kind).title, actionLine, items, label, warning, await loadStyle(out.color), out.width));
  }
}
