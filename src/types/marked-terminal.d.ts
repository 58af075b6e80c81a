// marked-terminal ships no types; this covers the part the renderer uses.
declare module 'marked-terminal' {
  import type { MarkedExtension } from 'marked';
  type Paint = (text: string) => string;
  export interface TerminalRendererOptions {
    code?: Paint;
    blockquote?: Paint;
    html?: Paint;
    heading?: Paint;
    firstHeading?: Paint;
    hr?: Paint;
    listitem?: Paint;
    table?: Paint;
    paragraph?: Paint;
    strong?: Paint;
    em?: Paint;
    codespan?: Paint;
    del?: Paint;
    link?: Paint;
    href?: Paint;
    text?: Paint;
    unescape?: boolean;
    emoji?: boolean;
    width?: number;
    showSectionPrefix?: boolean;
    reflowText?: boolean;
    tab?: number | string;
  }
  export function markedTerminal(options?: TerminalRendererOptions, highlightOptions?: object): MarkedExtension;
}
