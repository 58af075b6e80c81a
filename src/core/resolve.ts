import type { Guide, Section } from '../content/types.js';
import { UsageError } from './errors.js';
import { didYouMean } from './suggest.js';
import { visible } from './visible.js';

const SEE_ALL = "See all sections with 'backpain sections'.";

/** Finds a section by id, number, or an unambiguous prefix of its id or title (case-insensitive). */
export function resolveSection(guide: Guide, name: string): Section {
  const wanted = name.trim().toLowerCase();
  const byId = guide.sections.find((s) => s.id === wanted);
  if (byId) return byId;
  if (/^\d+$/.test(wanted)) {
    const byNumber = guide.sections.find((s) => s.number === Number(wanted));
    if (byNumber) return byNumber;
    throw new UsageError(`there is no section ${visible(name)}: sections are numbered 1 to ${guide.sections.length}.`, SEE_ALL);
  }
  const matches = wanted === '' ? [] : guide.sections.filter((s) => s.id.startsWith(wanted) || s.title.toLowerCase().startsWith(wanted));
  const [only, ...others] = matches;
  if (only && others.length === 0) return only;
  if (only) {
    throw new UsageError(`section '${visible(name)}' is ambiguous: it could be ${matches.map((s) => `'${s.id}'`).join(', ')}.`, SEE_ALL);
  }
  throw new UsageError(`unknown section '${visible(name)}'.${didYouMean(wanted, guide.sections.map((s) => s.id))}`, SEE_ALL);
}

/** Resolves every name in order; no names means the whole guide. */
export function resolveSections(guide: Guide, names: readonly string[]): Section[] {
  return names.length === 0 ? guide.sections : names.map((n) => resolveSection(guide, n));
}
