import { LIST_KINDS, type Guide, type ListItem, type ListKind, type Section } from '../content/types.js';
import { UsageError } from './errors.js';
import { didYouMean } from './suggest.js';
import { visible } from './visible.js';

export function isListKind(value: string): value is ListKind {
  return (LIST_KINDS as readonly string[]).includes(value);
}

/** Reads a list kind typed by the user, suggesting the closest one on a typo. */
export function parseListKind(input: string): ListKind {
  const kind = input.trim().toLowerCase();
  if (isListKind(kind)) return kind;
  throw new UsageError(`unknown list '${visible(input)}'.${didYouMean(kind, LIST_KINDS)}`, `Lists: ${LIST_KINDS.join(', ')}.`);
}

/** The section that holds a list; the parser guarantees there is exactly one. */
export function listSection(guide: Guide, kind: ListKind): Section {
  const section = guide.sections.find((s) => s.list === kind);
  if (!section) throw new Error(`the guide has no '${kind}' list`);
  return section;
}

export function listItems(guide: Guide, kind: ListKind): ListItem[] {
  return listSection(guide, kind).items;
}
