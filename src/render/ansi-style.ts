// The tool's looks as fixed ANSI codes, for the CLI at run time: the bytes chalk gives for them
// (src/render/chalk-style.ts, which the build and the library keep), without loading chalk.
// Every look is one of the 16 basic colours or a text attribute, so colour levels 1 to 3 print
// alike. tests/unit/ansi-style.test.ts holds the two to the same output.
import type { ColorLevel, Style } from './style.js';

/** One SGR pair and the looks it is nested in, as chalk chains them (`bold.magenta`). */
interface Styler {
  open: string;
  close: string;
  openAll: string;
  closeAll: string;
  parent: Styler | undefined;
}

const ATTRIBUTES = { bold: [1, 22], dim: [2, 22], italic: [3, 23], underline: [4, 24], red: [31, 39], green: [32, 39], magenta: [35, 39] } as const;
type Attribute = keyof typeof ATTRIBUTES;

function chain(names: readonly Attribute[]): Styler | undefined {
  let parent: Styler | undefined;
  for (const name of names) {
    const [on, off] = ATTRIBUTES[name];
    const open = `\u001b[${on}m`;
    const close = `\u001b[${off}m`;
    parent = { open, close, openAll: (parent?.openAll ?? '') + open, closeAll: close + (parent?.closeAll ?? ''), parent };
  }
  return parent;
}

/** After each `close` already in the text, `open` again, as chalk does, so an inner reset does not end the outer look. */
function reopen(text: string, close: string, open: string): string {
  return text.split(close).join(close + open);
}

/** Ends the looks before each line break and starts them again after it, as chalk does. */
function encaseLines(text: string, closeAll: string, openAll: string): string {
  return text.replace(/\r?\n/g, (lineEnd) => closeAll + lineEnd + openAll);
}

function paint(names: readonly Attribute[]): (text: string) => string {
  const styler = chain(names);
  if (!styler) return (text) => text;
  return (text) => {
    if (!text) return text;
    let out = text;
    if (out.includes('\u001b')) for (let s: Styler | undefined = styler; s; s = s.parent) out = reopen(out, s.close, s.open);
    if (out.includes('\n')) out = encaseLines(out, styler.closeAll, styler.openAll);
    return styler.openAll + out + styler.closeAll;
  };
}

/** The looks at a colour level above 0; the same for every such level. */
export function ansiStyle(level: Exclude<ColorLevel, 0>): Style {
  return {
    level,
    title: paint(['bold', 'magenta']),
    heading: paint(['bold', 'green']),
    strong: paint(['bold']),
    em: paint(['italic']),
    dim: paint(['dim']),
    id: paint(['magenta']),
    warn: paint(['bold', 'red']),
    match: paint(['bold', 'underline']),
    code: paint(['magenta']),
    link: paint(['underline']),
    href: paint(['underline']),
  };
}
