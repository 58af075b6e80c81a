import type { Sources } from '../content/types.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** 2022-04-25 -> "April 25, 2022". */
export function longDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${MONTHS[(month ?? 1) - 1] ?? ''} ${day ?? ''}, ${year ?? ''}`;
}

/** The credit of the article the guide is based on, with what its publisher offers. */
export function articleCredit(sources: Sources): string {
  const { article } = sources;
  return `Based on "${article.title}" by ${article.author} (${article.authorRole}), ${article.publisher}, ${longDate(article.date)}. ${sources.interest}`;
}

export function otherSourcesLine(sources: Sources): string {
  return `Warning signs and other guidance: ${sources.references.map((r) => r.name).join('; ')}. Details: backpain sources.`;
}
