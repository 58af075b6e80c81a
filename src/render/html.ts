// The printable pages: one self-contained HTML page each, no scripts, nothing from the network.
// Rendered by the build (src/build/prerender.ts) into dist/data/<lang>.html.json; the CLI joins the pieces.
//  - full: the whole guide (or the sections asked for);
//  - summary: at most two printed pages: the parts `handout.md` names for it, in its order;
//  - card: one page in large type: the emergency signs and the numbers, to keep by the phone.
// What goes into the summary and the card is marked in content (`{handout name}`), not here.
import { Marked } from 'marked';
import { WARNING_MARK } from '../content/item-markdown.js';
import type { Guide, ListItem, Pages, Reference, Section, Segment } from '../content/types.js';
import type { Lang } from '../core/lang.js';
import type { Messages } from '../messages/en.js';
import { fill } from '../messages/fill.js';
import { articleCredit, longDate } from './credit.js';
import { HTML_PAGES, assembleHtml, escapeHtml, type HtmlFragments, type HtmlPage } from './html-page.js';

export type { HtmlPage } from './html-page.js';

const CSS = `
:root { color-scheme: light; }
body { font: 17px/1.5 Arial, "Liberation Sans", Helvetica, sans-serif; color: #111; background: #fff; max-width: 42em; margin: 2em auto; padding: 0 1em; }
h1 { font-size: 1.8em; line-height: 1.2; margin: 0 0 .4em; }
h2 { font-size: 1.35em; margin: 1.4em 0 .4em; border-bottom: 1px solid #767676; padding-bottom: .1em; }
h3 { font-size: 1.12em; margin: 1em 0 .3em; }
li { margin: .25em 0; }
blockquote { margin: .8em 0; padding: .3em 1em; border-left: 4px solid #767676; background: #f2f2f2; }
.warning { border: 3px solid #b00000; border-radius: 4px; padding: .1em 1em .5em; margin: 1em 0; }
.warning h2, .warning h3 { color: #b00000; border: 0; }
figure { margin: 1em 0; display: flex; gap: 1em; align-items: center; }
figure svg { width: 8em; height: 12.8em; flex: none; }
figcaption { font-size: .95em; }
footer { margin-top: 2em; border-top: 1px solid #767676; font-size: .9em; }
footer h2 { font-size: 1.1em; border: 0; margin-top: .8em; }
.sources { padding-left: 1.2em; }
.disclaimer { font-weight: bold; }
body.card { font-size: 22px; }
body.card h1 { font-size: 1.5em; }
body.card .note { font-weight: bold; }
body.card .warning ul { columns: 2; column-gap: 1.5em; padding-left: 1.1em; }
body.card .top { display: grid; grid-template-columns: 1fr 12em; column-gap: 1em; align-items: start; }
body.card .top figure { grid-column: 2; grid-row: 1 / span 2; margin: 0; gap: .5em; }
body.card figure svg { width: 3.1em; height: 5em; }
body.card figcaption { font-size: .7em; line-height: 1.2; }
body.card footer { font-size: .6em; }
@media print {
  @page { margin: 10mm 12mm; }
  body { font-size: 12pt; max-width: none; margin: 0; padding: 0; }
  h2, h3 { break-after: avoid; }
  li, blockquote, figure, .sources li { break-inside: avoid; }
  .warning { break-inside: avoid; }
  footer { font-size: 10pt; }
  /* On the full page the emergency signs run longer than half a page: a single box would either
     split or be pushed to the next page, leaving a half-empty one. So each sign is its own box. */
  /* A list item with many notes (the medicines) runs longer than a page: it may break between
     its notes, each of which stays whole. */
  body.full li { break-inside: auto; }
  body.full li li { break-inside: avoid; }
  body.full .warning.signs { border: 0; padding: 0; break-inside: auto; }
  body.full .warning.signs ul { list-style: none; padding: 0; }
  body.full .warning.signs li { border: 2px solid #b00000; border-radius: 4px; padding: .2em .6em; margin: .35em 0; break-inside: avoid; }
  body.summary { line-height: 1.2; }
  body.summary h1 { font-size: 18pt; }
  body.summary h2 { font-size: 14pt; margin: .5em 0 .2em; }
  body.summary h3 { font-size: 12.5pt; margin: .4em 0 .15em; }
  body.summary li { margin: .05em 0; }
  body.summary p { margin: .3em 0; }
  body.summary ul { margin: .2em 0; padding-left: 1.2em; }
  body.summary footer { margin-top: .6em; font-size: 8pt; line-height: 1.2; }
  body.summary footer h2 { margin: .3em 0 0; }
  body.summary footer p { margin: .2em 0; }
  body.summary .sources { columns: 3; column-gap: 1.2em; margin: .3em 0; }
  body.summary main ul { columns: 2; column-gap: 1.5em; }
  body.summary .warning figure { float: right; width: 8em; flex-direction: column; gap: .2em; margin: .5em 0 .3em 1em; }
  body.summary figure svg { width: 3.4em; height: 5.4em; }
  body.summary figcaption { font-size: 8.5pt; line-height: 1.2; text-align: center; }
  body.card { font-size: 14pt; line-height: 1.2; }
  body.card h1 { font-size: 20pt; margin-bottom: .2em; }
  body.card li { margin: 0 0 .1em; }
  body.card p { margin: .3em 0; }
  body.card .warning { padding: 0 .8em .3em; }
  body.card .warning ul { margin: .3em 0; line-height: 1.15; }
  body.card footer { font-size: 7.5pt; line-height: 1.2; margin-top: .6em; columns: 2; column-gap: 1.5em; }
  body.card footer h2 { margin: .3em 0 0; }
  body.card footer p, body.card footer ul { margin: .2em 0; }
}`;


/** The `[!]` symbol is for terminals: on a page the box, the colour and the word ("Emergency:") say it. */
function unmarked(markdown: string): string {
  return markdown.replaceAll(`${WARNING_MARK} `, '');
}

const marked = new Marked({ async: false });
const html = (markdown: string): string => marked.parse(unmarked(markdown), { async: false });

/** Two pieces of markdown as one: a list cut by a handout mark stays one list. */
function joinMarkdown(a: string, b: string): string {
  const listGoesOn = /^(- |\s)/.test(a.slice(a.lastIndexOf('\n') + 1)) && b.startsWith('- ');
  return `${a}${listGoesOn ? '\n' : '\n\n'}${b}`;
}

interface Run {
  boxed: boolean;
  /** A boxed run that lists signs: on the full page each sign gets its own box (see CSS). */
  signs: boolean;
  markdown: string;
}

/** A section's segments as runs, boxed or not: neighbours of a kind are joined, so that marks leave no seams. */
function runs(segments: readonly Segment[], boxed: ReadonlySet<string>, listed: ReadonlySet<string>): Run[] {
  const out: Run[] = [];
  for (const seg of segments) {
    const isBoxed = seg.part !== undefined && boxed.has(seg.part);
    const signs = seg.part !== undefined && listed.has(seg.part);
    const last = out[out.length - 1];
    if (last && last.boxed === isBoxed && last.signs === signs) last.markdown = joinMarkdown(last.markdown, seg.markdown);
    else out.push({ boxed: isBoxed, signs, markdown: seg.markdown });
  }
  return out;
}

/** A section's heading carries its number, as the text refers to "section 8". */
function sectionHeading(section: Section): string {
  return `<h2 id="${escapeHtml(section.id)}-title">${section.number}. ${escapeHtml(section.title)}</h2>`;
}

/** One section of the full page: headed by its number; the emergency parts in a warning box. */
function sectionHtml(section: Section, pages: Pages): string {
  const boxed = new Set(pages.handout.boxed);
  const listed = new Set(pages.handout.parts.filter((p) => p.items.length > 0).map((p) => p.name));
  const pieces = runs(pages.segments[section.id] ?? [{ markdown: section.markdown }], boxed, listed).map((run) => (run.boxed ? `<div class="${run.signs ? 'warning signs' : 'warning'}">\n${html(run.markdown)}</div>` : html(run.markdown)));
  return `<section id="${escapeHtml(section.id)}" aria-labelledby="${escapeHtml(section.id)}-title">\n${sectionHeading(section)}\n${pieces.join('\n')}</section>`;
}

/** The summary: the parts handout.md names, in its order, under the heading of the section each comes from. */
function summaryBody(guide: Guide, pages: Pages, figure: string): string {
  const { handout } = pages;
  const boxed = new Set(handout.boxed);
  const out: string[] = [`<h1>${escapeHtml(handout.summaryTitle)}</h1>`];
  let section: string | undefined;
  let box: string[] | undefined;
  const closeBox = (): void => {
    if (box) out.push(`<div class="warning">\n${figureHtml(figure, handout.figureCaption, handout.figureAlt)}\n${box.join('\n')}</div>`);
    box = undefined;
  };
  for (const name of handout.summary) {
    const part = handout.parts.find((p) => p.name === name);
    if (!part) continue;
    const from = guide.sections.find((s) => s.id === part.section);
    if (!boxed.has(name)) closeBox();
    const heading = from && part.section !== section ? sectionHeading(from) : '';
    section = part.section;
    const body = part.items.length > 0 ? html(part.brief).replaceAll('<ul>', '<ul class="signs">') : html(part.brief);
    if (boxed.has(name)) (box ??= []).push(heading, body);
    else out.push(heading, body);
  }
  closeBox();
  return out.filter(Boolean).join('\n');
}

/** An item in few words: its name and one-line summary, for the large type of the card. */
function compact(item: ListItem): string {
  return `<li><strong>${escapeHtml(item.name)}</strong>: ${escapeHtml(item.summary)}</li>`;
}

/** The card: the numbers, then each emergency sign in a line, in large type. */
function cardBody(guide: Guide, pages: Pages, figure: string): string {
  const { handout } = pages;
  const items = new Map(guide.sections.flatMap((s) => s.items).map((i) => [i.id, i]));
  const pieces = handout.card.flatMap((name) => {
    const part = handout.parts.find((p) => p.name === name);
    if (!part) return [];
    if (part.items.length === 0) return [html(part.markdown)];
    return [`<ul class="signs">\n${part.items.flatMap((id) => items.get(id) ?? []).map(compact).join('\n')}\n</ul>`];
  });
  return [
    '<div class="top">',
    `<h1>${escapeHtml(handout.cardTitle)}</h1>`,
    `<p class="note">${escapeHtml(handout.cardNote)}</p>`,
    figureHtml(figure, handout.figureCaption, handout.figureAlt),
    '</div>',
    `<div class="warning">\n${pieces.join('\n')}</div>`,
  ].join('\n');
}

/** The picture, with its text alternative as its title (the SVG has a `{alt}` place for it) and a caption. */
function figureHtml(svg: string, caption: string, alt: string): string {
  return `<figure>\n${svg.trim().replace('{alt}', escapeHtml(alt))}\n<figcaption>${escapeHtml(caption)}</figcaption>\n</figure>`;
}

/** The sources a page says things from: all of them for the guide, or those its parts cite for a handout. */
function sourcesOf(guide: Guide, pages: Pages, page: HtmlPage): Reference[] {
  if (page === 'full') return guide.sources.references;
  const names = page === 'card' ? pages.handout.card : pages.handout.summary;
  const cited = new Set(names.flatMap((name) => pages.handout.parts.find((p) => p.name === name)?.sources ?? []));
  return guide.sources.references.filter((r) => cited.has(r.id));
}

/** The credit, the sources in full, the review date and the disclaimer: every page ends with them. */
function footer(guide: Guide, pages: Pages, page: HtmlPage, m: Messages): string {
  const { sources } = guide;
  const refs = sourcesOf(guide, pages, page).map((r) => `<li><strong>${escapeHtml(r.name)}</strong>: ${escapeHtml(r.citation)}</li>`);
  return [
    '<footer>',
    `<h2>${escapeHtml(m.sources.markdownHeading)}</h2>`,
    `<p>${escapeHtml(articleCredit(sources, m.credit))}</p>`,
    ...(sources.translation ? [`<p>${escapeHtml(sources.translation)}</p>`] : []),
    `<ul class="sources">\n${refs.join('\n')}\n</ul>`,
    `<p>${escapeHtml(fill(m.sources.reviewed, { date: longDate(sources.reviewed, m.credit) }))}</p>`,
    `<p class="disclaimer">${escapeHtml(sources.disclaimer)}</p>`,
    '</footer>',
  ].join('\n');
}

/**
 * Every piece of every printable page, rendered (markdown through marked) once: the build stores
 * them (dist/data/html.<lang>.json) and the CLI only joins them (html-page.ts), so a page costs
 * no markdown parsing at run time.
 */
export function htmlFragments(guide: Guide, pages: Pages, figure: string, messages: Messages, lang: Lang): HtmlFragments {
  return {
    lang,
    css: CSS,
    guide: { title: guide.title, h1: `<h1>${escapeHtml(guide.title)}</h1>` },
    sections: Object.fromEntries(guide.sections.map((s) => [s.id, { title: s.title, html: sectionHtml(s, pages) }])),
    summary: { title: pages.handout.summaryTitle, body: summaryBody(guide, pages, figure) },
    card: { title: pages.handout.cardTitle, body: cardBody(guide, pages, figure) },
    footers: Object.fromEntries(HTML_PAGES.map((page) => [page, footer(guide, pages, page, messages)])) as Record<HtmlPage, string>,
  };
}

interface HtmlRequest {
  page: HtmlPage;
  guide: Guide;
  pages: Pages;
  /** For the full page: the sections asked for, and whether that is the whole guide. */
  sections: readonly Section[];
  whole: boolean;
  figure: string;
  messages: Messages;
  lang: Lang;
}

/** A printable page: inline CSS with print styles, the credit, the sources and the disclaimer, no scripts, nothing loaded from the network. */
export function renderHtml(r: HtmlRequest): string {
  return assembleHtml(htmlFragments(r.guide, r.pages, r.figure, r.messages, r.lang), r.page, r.sections.map((s) => s.id), r.whole);
}
