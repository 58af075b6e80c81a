import type { Sources } from '../content/types.js';
import type { Messages } from '../messages/en.js';
import { fill } from '../messages/fill.js';

type Words = Messages['credit'];

/** 2022-04-25 as the language writes a date: "April 25, 2022". */
export function longDate(iso: string, words: Words): string {
  const [year, month, day] = iso.split('-').map(Number);
  return fill(words.date, { month: words.months[(month ?? 1) - 1] ?? '', day: day ?? '', year: year ?? '' });
}

/** The article the guide is based on: title, author, publisher, date; short and factual. */
export function basedOn(sources: Sources, words: Words): string {
  const { article } = sources;
  return fill(words.basedOn, { title: article.title, author: article.author, role: article.authorRole, publisher: article.publisher, date: longDate(article.date, words) });
}

/** The credit of the article the guide is based on, with what its publisher offers. */
export function articleCredit(sources: Sources, words: Words): string {
  return `${basedOn(sources, words)} ${sources.interest}`;
}

/** The other references, by name, and where to read them in full. */
export function otherSourcesLine(sources: Sources, words: Words): string {
  return fill(words.otherSources, { names: sources.references.map((r) => r.name).join('; ') });
}
