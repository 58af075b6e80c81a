import { WARNING_MARK, itemMarkdown } from '../content/item-markdown.js';
import { warningLead } from '../content/tiers.js';
import { noteLeadOf } from '../content/parse.js';
import { listAction, listItems, listSection, parseListKind } from '../core/lists.js';
import { toJson, toTsv } from '../render/data.js';
import { listLayout } from '../render/layout.js';
import type { ListItem } from '../content/types.js';
import { ok, type Context, type Outcome } from './context.js';

export function listCommand(ctx: Context, [kindInput = '']: readonly string[]): Outcome {
  const { guide, out } = ctx;
  const kind = parseListKind(kindInput);
  const items = listItems(guide, kind);
  // Each sign's mark: its list's tier, or its own where it is more urgent or the list mixes tiers.
  const mark = (item: ListItem): string => warningLead(guide.checklist, kind, item.tier);
  // Warning signs never come without what to do about them; JSON stays a plain array of items.
  const action = listAction(guide, kind);
  const actionLine = action ? `${WARNING_MARK} ${action}` : '';
  const lead = noteLeadOf(guide.sources);
  switch (out.format) {
    case 'json':
      return ok(toJson(items.map(({ id, name, summary, details, source, notes }) => ({ id, name, summary, details, source, notes, lang: ctx.lang }))));
    case 'tsv': {
      // The marker goes with the name, so a warning sign stands out on a pipe too; the action goes
      // to stderr, so every record stays an item that `cut -f1` reads as an id.
      const rows = toTsv(items.map((i) => [i.id, mark(i) ? `${mark(i)} ${i.name}` : i.name, i.summary]));
      return actionLine ? { stdout: rows, stderr: `${actionLine}\n`, code: 0 } : ok(rows);
    }
    case 'markdown': {
      const body = `${items.map((i) => itemMarkdown(i, lead, mark(i))).join('\n')}\n`;
      return ok(actionLine ? `**${actionLine}**\n\n${body}` : body);
    }
    default:
      return ok(listLayout(listSection(guide, kind).title, actionLine, items, lead, mark, ctx.style, out.width));
  }
}
