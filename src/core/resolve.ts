import type { Guide, Section } from '../content/types.js';
import { UsageError } from './errors.js';
import { fold, wordPattern } from './fold.js';
import { DEFAULT_LANG, type Lang } from './lang.js';
import { stem } from './stem.js';
import { suggestion } from './suggest.js';
import { visible } from './visible.js';

const SEE_ALL = { key: 'seeSections' } as const;

/** The words of a title, folded, each with its stem. */
function titleWords(section: Section, lang: Lang): { word: string; stem: string }[] {
  return (fold(section.title).match(wordPattern()) ?? []).map((word) => ({ word, stem: stem(word, lang) }));
}

/**
 * Finds a section by id, number, or an unambiguous start of its id or title (case and accents
 * do not matter, so `que es` finds "¿Qué es la ciática?"; a leading ¿ or ¡ is skipped). Failing
 * those, by a word of its title, in a simple form of it (`causas` finds "¿Qué causa la
 * ciática?"), when only one section has it.
 */
function resolveSection(guide: Guide, name: string, lang: Lang = DEFAULT_LANG): Section {
  const wanted = fold(name.trim());
  const byId = guide.sections.find((s) => s.id === wanted);
  if (byId) return byId;
  if (/^\d+$/.test(wanted)) {
    const byNumber = guide.sections.find((s) => s.number === Number(wanted));
    if (byNumber) return byNumber;
    throw new UsageError('noSectionNumber', { name: visible(name), count: guide.sections.length }, SEE_ALL);
  }
  const title = (s: Section): string => fold(s.title).replace(/^[\u00bf\u00a1]/, '');
  const matches = wanted === '' ? [] : guide.sections.filter((s) => s.id.startsWith(wanted) || title(s).startsWith(wanted));
  const [only, ...others] = matches;
  if (only && others.length === 0) return only;
  if (only) throw new UsageError('ambiguousSection', { name: visible(name), matches: matches.map((s) => `'${s.id}'`).join(', ') }, SEE_ALL);
  const wantedStem = stem(wanted, lang);
  const byWord = wanted.length < 3 ? [] : guide.sections.filter((s) => titleWords(s, lang).some((w) => w.word.startsWith(wanted) || w.stem === wantedStem));
  if (byWord.length === 1 && byWord[0]) return byWord[0];
  throw new UsageError('unknownSection', { name: visible(name), ...suggestion(wanted, guide.sections.map((s) => s.id)) }, SEE_ALL);
}

/** Resolves every name in order; no names means the whole guide. */
export function resolveSections(guide: Guide, names: readonly string[], lang: Lang = DEFAULT_LANG): Section[] {
  return names.length === 0 ? guide.sections : names.map((n) => resolveSection(guide, n, lang));
}
