import { TIER_OF_KIND } from '../check/tiers.js';
import { LIST_KIND_INFO, isListKind } from '../content/list-kinds.js';
import { LIST_KINDS, type Guide, type ListItem, type ListKind, type Section } from '../content/types.js';
import { UsageError } from './errors.js';
import { didYouMean } from './suggest.js';
import { visible } from './visible.js';

export { isListKind } from '../content/list-kinds.js';

/** Reads a list kind typed by the user, suggesting the closest one on a typo. */
export function parseListKind(input: string): ListKind {
  const kind = input.trim().toLowerCase();
  if (isListKind(kind)) return kind;
  throw new UsageError(`unknown list '${visible(input)}'.${didYouMean(kind, LIST_KINDS)}`, `Lists: ${LIST_KINDS.join(', ')}.`);
}

/** The section that holds a list; the parser guarantees there is exactly one. */
export function listSection(guide: Guide, kind: ListKind): Section {
  const section = guide.sections.find((s) => s.lists.includes(kind));
  if (!section) throw new Error(`the guide has no '${kind}' list`);
  return section;
}

export function listItems(guide: Guide, kind: ListKind): ListItem[] {
  return listSection(guide, kind).items.filter((item) => item.list === kind);
}

/**
 * The action that goes with a list of warning signs ("any one of these: call ... now"), shown
 * with the list in every format but JSON; empty for a list that has none.
 */
export function listAction(guide: Guide, kind: ListKind): string {
  const question = LIST_KIND_INFO[kind].question;
  return question ? guide.checklist.tiers[TIER_OF_KIND[question]].listLine : '';
}
