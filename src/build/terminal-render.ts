// marked + marked-terminal: the guide's terminal text. The build runs this for every block `read`
// can print (src/build/prerender.ts); the CLI never loads it. Loading and first running marked
// and marked-terminal costs about 60 ms in a fresh process.
import { Marked, type Tokens } from 'marked';
import { markedTerminal } from 'marked-terminal';
import type { Style } from '../render/style.js';
import { HR_MARK } from '../render/terminal-read.js';

const same = (text: string): string => text;
const UNWRAPPED = 100_000;

/**
 * marked set up to render terminal text with our styles (level 0 gives plain text), not yet
 * wrapped: its output depends on the style alone, so it can be made once and wrapped to any width.
 * The `text` override fixes marked-terminal printing `**bold**` raw inside list items (its issues
 * 304 and 371): tight list items hold block `text` tokens whose inline tokens it never renders.
 */
function terminalMarked(style: Style): Marked {
  const marked = new Marked();
  marked.use(
    markedTerminal({
      code: style.code,
      blockquote: style.em,
      html: same,
      heading: style.heading,
      firstHeading: style.title,
      hr: style.dim,
      listitem: same,
      table: same,
      paragraph: same,
      strong: style.strong,
      em: style.em,
      codespan: style.code,
      del: style.dim,
      link: style.link,
      href: style.href,
      text: same,
      emoji: false,
      // Paragraphs are joined into one line here and wrapped afterwards by wrapText, which
      // also wraps list items and quotes (marked-terminal does not) with hanging indents.
      width: UNWRAPPED,
      showSectionPrefix: false,
      reflowText: true,
      tab: 2,
    }),
  );
  marked.use({
    renderer: {
      text(token: Tokens.Text | Tokens.Escape) {
        return 'tokens' in token && token.tokens ? this.parser.parseInline(token.tokens) : false;
      },
      // The rule's length follows the width, which is known only when the text is printed.
      hr() {
        return `${HR_MARK}\n\n`;
      },
      link(token: Tokens.Link) {
        const text = this.parser.parseInline(token.tokens);
        return token.href === token.text ? text : `${text} (${token.href})`;
      },
    },
  });
  return marked;
}

/** Markdown as terminal text in `style`, before wrapping (see finishTerminal). */
export function renderUnwrapped(markdown: string, style: Style): string {
  return terminalMarked(style).parse(markdown, { async: false });
}
