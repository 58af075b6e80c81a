// The only module that loads marked and marked-terminal: imported lazily by `read`.
import lexed from 'backpain:lexed';
import { Marked, type Token, type Tokens } from 'marked';
import { markedTerminal } from 'marked-terminal';
import type { Style } from './style.js';
import { wrapText } from './wrap.js';

const same = (text: string): string => text;
const UNWRAPPED = 100_000;

/**
 * marked set up to render terminal text with our styles (level 0 gives plain text).
 * The `text` override fixes marked-terminal printing `**bold**` raw inside list items (its issues
 * 304 and 371): tight list items hold block `text` tokens whose inline tokens it never renders.
 */
function terminalMarked(style: Style, width: number): Marked {
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
      hr() {
        return `${style.dim('─'.repeat(Math.min(width, 72)))}\n\n`;
      },
      link(token: Tokens.Link) {
        const text = this.parser.parseInline(token.tokens);
        return token.href === token.text ? text : `${text} (${token.href})`;
      },
    },
  });
  return marked;
}

function finish(rendered: string, width: number): string {
  return `${wrapText(rendered.replace(/\n{3,}/g, '\n\n').trimEnd(), width)}\n`;
}

/** Markdown as terminal text, wrapped to `width`. */
export function renderMarkdown(markdown: string, style: Style, width: number): string {
  return finish(terminalMarked(style, width).parse(markdown, { async: false }), width);
}

/**
 * The blocks of a read (see readBlocks) as terminal text: the same as rendering them joined, but
 * a block the build has lexed skips marked's lexer.
 */
export function renderBlocks(blocks: readonly string[], style: Style, width: number): string {
  const marked = terminalMarked(style, width);
  // A copy: the tokens are module data, and a render must not change them for the next one.
  const tokens = blocks.flatMap((block): Token[] => (lexed[block] ? structuredClone([...lexed[block]]) : marked.lexer(block)));
  return finish(marked.parser(tokens), width);
}
