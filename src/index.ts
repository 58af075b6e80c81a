// The library entry (`import ... from 'backpain'`): the same guide and checklist logic as the CLI,
// as plain data and pure functions. It must stay free of terminal code (commander, chalk, marked,
// Inquirer.js) and of side effects on import; tests/unit/library.test.ts guards both.
import { fileURLToPath } from 'node:url';
import { answerOf, valueOf } from './check/answers.js';
import { assess as score, type Answer, type Answers, type Assessment } from './check/score.js';
import { checklistQuestions, type Question } from './check/questions.js';
import { LIST_KINDS, type Guide, type ListItem, type ListKind } from './content/types.js';
import { DEFAULT_LANG, LANGS, isLang, type Lang } from './core/lang.js';
import { isListKind, listItems } from './core/lists.js';
import { search as searchSections, searchTerms, type SearchHit } from './core/search.js';
import { fileSource } from './data/files.js';

/** The package version, put in by the build (and by vitest for the tests). */
declare const BACKPAIN_VERSION: string;

/** The data files the build wrote: this file is dist/index.js (or src/index.ts in the tests), so the package root is one folder up. */
const source = fileSource(fileURLToPath(new URL('..', import.meta.url)));

export type { Answer, Answers, Assessment, Reason } from './check/score.js';
export type { Question, QuestionKind } from './check/questions.js';
export type { SearchHit } from './core/search.js';
export type { Lang } from './core/lang.js';
export type { ArticleCredit, Checklist, Guide, ListItem, ListKind, Note, Reference, Section, Sources, Tier, Urgency } from './content/types.js';
export { LIST_KINDS, URGENCIES } from './content/types.js';
export { LANGS } from './core/lang.js';

/** One line of the table of contents: what `backpain sections --json` prints. */
export interface SectionSummary {
  id: string;
  number: number;
  title: string;
  /** The language its title is in. */
  lang: Lang;
}

/** A language the library has, checked: plain JavaScript callers get no type check. */
function checked(lang: Lang): Lang {
  if (!isLang(lang)) throw new RangeError(`unknown language '${String(lang)}'; languages: ${LANGS.join(', ')}`);
  return lang;
}

/**
 * The whole parsed guide in a language (English by default): sections with their markdown and
 * lists, sources, checklist words. Ids are the same in every language. It is the library's own
 * data, shared by every function here: read it, do not change it (the functions below return
 * fresh copies that are safe to change).
 */
export function guideIn(lang: Lang = DEFAULT_LANG): Guide {
  return source.data(checked(lang)).guide;
}

/** The English guide, as `guideIn()` gives it. */
export const guide: Guide = guideIn(DEFAULT_LANG);

/** The package version, e.g. `1.0.0`. */
export const version: string = BACKPAIN_VERSION;

/** The sections in order, with id, number and title (the table of contents). */
export function sections(lang: Lang = DEFAULT_LANG): SectionSummary[] {
  return guideIn(lang).sections.map(({ id, number, title }) => ({ id, number, title, lang }));
}

function copyItem(item: ListItem): ListItem {
  return { ...item, notes: item.notes.map((note) => ({ ...note })) };
}

/** One of the structured lists (`causes`, `treatments`, `risk-factors`, `red-flags`, `urgent-signs`, `symptoms`). */
export function list(kind: ListKind, lang: Lang = DEFAULT_LANG): ListItem[] {
  // Plain JavaScript callers get no type check, so a bad name is reported here, not as a crash later.
  if (!isListKind(kind)) throw new RangeError(`unknown list '${String(kind)}'; lists: ${LIST_KINDS.join(', ')}`);
  return listItems(guideIn(lang), kind).map(copyItem);
}

/**
 * The sections with a match for every word, in guide order, each with a snippet around the
 * first: a word matches at the start of a word of the guide, or in a simple form of it; case and
 * accents do not matter. A string is split on whitespace; no words finds nothing.
 */
export function search(words: string | readonly string[], lang: Lang = DEFAULT_LANG): (SearchHit & { lang: Lang })[] {
  const given = typeof words === 'string' ? [words] : words;
  // The CLI reports a usage error here; a library caller simply gets no hits.
  if (given.every((w) => w.trim() === '')) return [];
  return searchSections(guideIn(lang).sections, searchTerms(given), checked(lang)).map((hit) => ({ ...hit, lang }));
}

/** Every checklist question, in the order the CLI asks them: emergency signs first. */
export function questions(lang: Lang = DEFAULT_LANG): Question[] {
  return checklistQuestions(guideIn(lang));
}

/**
 * Scores the checklist exactly as `backpain check --answers` does: the urgency is the highest
 * tier any "yes" reaches (`emergency`, `urgent`, `see-doctor`, else `self-care`), and an
 * emergency sign stops the checklist. Questions left out count as "no".
 * An unknown question id throws: a misspelt warning sign must never pass silently as "no".
 */
export function assess(answers: Answers, lang: Lang = DEFAULT_LANG): Assessment & { lang: Lang } {
  const asked = questions(lang);
  // Ids take any case, as the CLI takes them; one question given twice is an error.
  const given: Record<string, Answer> = {};
  for (const [id, value] of Object.entries(answers)) {
    const question = asked.find((q) => q.id === id.toLowerCase());
    if (!question) throw new RangeError(`unknown question id '${id}'; see questions() for the ids`);
    if (question.id in given) throw new RangeError(`'${question.id}' is answered twice`);
    const answer = answerOf(question, valueOf(value));
    if (answer === undefined) throw new TypeError(`the answer for '${id}' is not one it takes (see questions(): its type, choices or range)`);
    given[question.id] = answer;
  }
  // The advice is in a language, so the result says which, as `check --json` does.
  return { ...score(asked, given, guideIn(lang).checklist), lang };
}
