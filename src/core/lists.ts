import { TIER_OF_KIND } from '../content/tiers.js';
import { LIST_KIND_INFO, isListKind } from '../content/list-kinds.js';
import { LIST_KINDS, type Guide, type ListItem, type ListKind, type Section } from '../content/types.js';
import { UsageError } from './errors.js';
import { suggestion } from './suggest.js';
import { visible } from './visible.js';

export { isListKind } from '../content/list-kinds.js';

const LISTS_HINT = { key: 'lists', vars: { values: LIST_KINDS.join(', ') } } as const;

/** Reads a list kind typed by the user: the name or a unique start of it (`red`); the closest on a typo. */
export function parseListKind(input: string): ListKind {
  const kind = input.trim().toLowerCase();
  if (isListKind(kind)) return kind;
  const starts = kind === '' ? [] : LIST_KINDS.filter((k) => k.startsWith(kind));
  const [only, ...others] = starts;
  if (only && others.length === 0) return only;
  if (only) throw new UsageError('ambiguousList', { name: visible(input), matches: starts.map((k) => `'${k}'`).join(', ') }, LISTS_HINT);
  throw new UsageError('unknownList', { name: visible(input), ...suggestion(kind, LIST_KINDS) }, LISTS_HINT);
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
  const { question, mark } = LIST_KIND_INFO[kind];
  // A list of signs in several tiers has no one action: each sign carries its own mark and words.
  return question && mark !== 'item' ? guide.checklist.tiers[TIER_OF_KIND[question]].listLine : '';
}
