// The printable handout: one self-contained HTML page. Loaded only by `read --format html`.
import { Marked } from 'marked';
import type { Guide, Section } from '../content/types.js';
import type { Lang } from '../core/lang.js';
import type { Messages } from '../messages/en.js';
import { articleCredit, otherSourcesLine } from './credit.js';

const CSS = `
:root { color-scheme: light; }
body { font: 17px/1.55 Georgia, "Times New Roman", serif; color: #111; max-width: 42em; margin: 2em auto; padding: 0 1em; }
h1 { font-size: 1.9em; margin-bottom: .2em; }
h2 { font-size: 1.35em; margin-top: 1.6em; border-bottom: 1px solid #bbb; padding-bottom: .15em; }
h3 { font-size: 1.1em; }
li { margin: .3em 0; }
blockquote { margin: 1em 0; padding: .4em 1em; border-left: 4px solid #888; background: #f4f4f4; }
section#warning-signs { border: 3px solid #b00000; padding: 0 1em 1em; margin-top: 1.6em; }
section#warning-signs h2 { color: #b00000; border: 0; }
section#warning-signs h2::before { content: "[!] "; }
footer { margin-top: 2.5em; border-top: 1px solid #bbb; font-size: .9em; }
.disclaimer { font-weight: bold; }
@media print {
  body { font-size: 12pt; max-width: none; margin: 0; }
  h2, h3 { break-after: avoid; }
  li, blockquote { break-inside: avoid; }
  section#warning-signs { break-inside: avoid; }
}`;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The chosen sections as a printable page: inline CSS with print styles, the credit and the
 * disclaimer, no scripts and nothing loaded from the network.
 */
export function renderHtml(guide: Guide, sections: readonly Section[], whole: boolean, m: Messages, lang: Lang): string {
  const marked = new Marked({ async: false });
  const title = whole ? guide.title : sections.map((s) => s.title).join(' · ');
  const body = sections
    .map((s) => `<section id="${escapeHtml(s.id)}">\n<h2>${escapeHtml(s.title)}</h2>\n${marked.parse(s.markdown, { async: false })}</section>`)
    .join('\n');
  const footer = [articleCredit(guide.sources, m.credit), otherSourcesLine(guide.sources, m.credit)].map((line) => `<p>${escapeHtml(line)}</p>`).join('\n');
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${CSS}
</style>
</head>
<body>
<main>
${whole ? `<h1>${escapeHtml(guide.title)}</h1>\n` : ''}${body}
</main>
<footer>
${footer}
<p class="disclaimer">${escapeHtml(guide.sources.disclaimer)}</p>
</footer>
</body>
</html>
`;
}
