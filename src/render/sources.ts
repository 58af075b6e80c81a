import type { Sources } from '../content/types.js';
import { longDate } from './credit.js';
import type { Style } from './style.js';
import { wrapLine } from './wrap.js';

function lines(text: string, width: number, indent: number): string[] {
  return wrapLine(' '.repeat(indent) + text, width);
}

/** `backpain sources` for people: the article, each reference and what it supports, the review date. */
export function sourcesLayout(sources: Sources, style: Style, width: number): string {
  const { article } = sources;
  const out: string[] = [
    ...lines(style.heading('The guide is based on'), width, 0),
    ...lines(style.strong(`"${article.title}"`), width, 2),
    ...lines(`${article.author}, ${article.authorRole}`, width, 2),
    ...lines(`${article.publisher}, ${longDate(article.date)}`, width, 2),
    ...lines('Every fact and figure of the article is carried, in our own plain words.', width, 2),
    ...lines(sources.interest, width, 2),
    '',
    ...lines(style.heading('Other references, credited where they are used'), width, 0),
  ];
  for (const ref of sources.references) {
    out.push(...lines(`${style.strong(ref.name)}  ${style.dim(`(${ref.id})`)}`, width, 2));
    out.push(...lines(ref.citation, width, 4), ...lines(`Used for: ${ref.supports}`, width, 4), '');
  }
  out.push(...lines(`Content last reviewed: ${longDate(sources.reviewed)}.`, width, 0), '', ...lines(style.strong(sources.disclaimer), width, 0));
  return `${out.join('\n')}\n`;
}

/** The same as markdown, for a handout or a citation list. */
export function sourcesMarkdown(sources: Sources): string {
  const { article } = sources;
  const refs = sources.references.map((r) => `- **${r.name}**: ${r.citation} Used for: ${r.supports}`);
  return [
    '## Sources',
    '',
    `The guide is based on "${article.title}" by ${article.author} (${article.authorRole}), ${article.publisher}, ${longDate(article.date)}. ${sources.interest}`,
    '',
    'Other references, credited where they are used:',
    '',
    ...refs,
    '',
    `Content last reviewed: ${longDate(sources.reviewed)}.`,
    '',
    `**${sources.disclaimer}**`,
    '',
  ].join('\n');
}
