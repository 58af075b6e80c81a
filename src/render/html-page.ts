// A printable page put together from the pieces the build rendered (html.ts, htmlFragments): no
// markdown is parsed here, so `read --format html` and `handout` load no marked. The CLI's only
// HTML code.
import type { Lang } from '../core/lang.js';

export const HTML_PAGES = ['full', 'summary', 'card'] as const;
export type HtmlPage = (typeof HTML_PAGES)[number];

/** The rendered pieces of every page in one language. Each piece's text is already escaped. */
export interface HtmlFragments {
  lang: Lang;
  css: string;
  /** The guide's own title (not escaped: for <title>) and its heading. */
  guide: { title: string; h1: string };
  /** Each section of the full page, by id: its title (not escaped) and its <section>. */
  sections: Record<string, { title: string; html: string }>;
  summary: { title: string; body: string };
  card: { title: string; body: string };
  /** Each page's footer: the credit, the sources it cites in full, the review date, the disclaimer. */
  footers: Record<HtmlPage, string>;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function sectionOf(f: HtmlFragments, id: string): { title: string; html: string } {
  const found = f.sections[id];
  if (!found) throw new Error(`the build has no HTML for section '${id}'`);
  return found;
}

/** The page: the summary, the card, or the full guide (all of it, or the sections `ids` names, in that order). */
export function assembleHtml(f: HtmlFragments, page: HtmlPage, ids: readonly string[] | 'all', whole: boolean): string {
  const sections = ids === 'all' ? Object.values(f.sections) : ids.map((id) => sectionOf(f, id));
  const title = page === 'summary' ? f.summary.title : page === 'card' ? f.card.title : whole ? f.guide.title : sections.map((s) => s.title).join(' · ');
  const body = page === 'summary' ? f.summary.body : page === 'card' ? f.card.body : `${whole ? `${f.guide.h1}\n` : ''}${sections.map((s) => s.html).join('\n')}`;
  return `<!doctype html>
<html lang="${f.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${f.css}
</style>
</head>
<body class="${page}">
<main>
${body}
</main>
${f.footers[page]}
</body>
</html>
`;
}
