import type { Sources } from '../content/types.js';
import type { Messages } from '../messages/en.js';
import { fill } from '../messages/fill.js';
import { longDate } from './credit.js';
import type { Style } from './style.js';
import { indented } from './wrap.js';

/** `backpain sources` for people: the article, each reference and what it supports, the review date. */
export function sourcesLayout(sources: Sources, m: Messages, style: Style, width: number): string {
  const { article } = sources;
  const w = m.sources;
  const out: string[] = [
    ...indented(style.heading(w.basedOnHeading), width),
    ...indented(style.strong(`"${article.title}"`), width, 2),
    ...indented(`${article.author}, ${article.authorRole}`, width, 2),
    ...indented(`${article.publisher}, ${longDate(article.date, m.credit)}`, width, 2),
    ...indented(w.carried, width, 2),
    ...indented(sources.interest, width, 2),
    ...(sources.translation ? indented(sources.translation, width, 2) : []),
    '',
    ...indented(style.heading(w.referencesHeading), width),
  ];
  for (const ref of sources.references) {
    out.push(...indented(`${style.strong(ref.name)}  ${style.dim(`(${ref.id})`)}`, width, 2));
    out.push(...indented(ref.citation, width, 4), ...indented(fill(w.usedFor, { supports: ref.supports }), width, 4), '');
  }
  out.push(...indented(fill(w.reviewed, { date: longDate(sources.reviewed, m.credit) }), width), '', ...indented(style.strong(sources.disclaimer), width));
  return `${out.join('\n')}\n`;
}

/** The same as markdown, for a handout or a citation list. */
export function sourcesMarkdown(sources: Sources, m: Messages): string {
  const { article } = sources;
  const w = m.sources;
  const refs = sources.references.map((r) => `- **${r.name}**: ${r.citation} ${fill(w.usedFor, { supports: r.supports })}`);
  const basedOn = fill(w.markdownBasedOn, { title: article.title, author: article.author, role: article.authorRole, publisher: article.publisher, date: longDate(article.date, m.credit) });
  return [
    `## ${w.markdownHeading}`,
    '',
    `${basedOn} ${sources.interest}`,
    ...(sources.translation ? ['', sources.translation] : []),
    '',
    `${w.referencesHeading}:`,
    '',
    ...refs,
    '',
    fill(w.reviewed, { date: longDate(sources.reviewed, m.credit) }),
    '',
    `**${sources.disclaimer}**`,
    '',
  ].join('\n');
}
