// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m|\u001b\]8;[^\u0007\u001b]*(?:\u0007|\u001b\\)/g;

export function stripAnsi(text: string): string {
  return text.replace(ANSI, '');
}

/** Visible width of a line: escapes count as nothing, every code point as one column. */
export function visibleLength(text: string): number {
  return [...stripAnsi(text)].length;
}

/** How far continuation lines of `line` are indented: its own indent plus any bullet or number. */
function hangingIndent(line: string): number {
  const plain = stripAnsi(line);
  const match = /^(\s*)(?:[-*•+]\s+|\d+[.)]\s+|(?:│|>)\s+)?/.exec(plain);
  return match ? [...match[0]].length : 0;
}

/**
 * Breaks one line at spaces so no piece is wider than `width`, keeping escape codes intact and
 * hanging continuation lines under the text of a bullet. A word wider than the line is left whole.
 */
export function wrapLine(line: string, width: number): string[] {
  if (visibleLength(line) <= width) return [line];
  const indent = Math.min(hangingIndent(line), Math.floor(width / 2));
  const out: string[] = [];
  let rest = line;
  let guard = 0;
  while (visibleLength(rest) > width && guard++ < 10_000) {
    const cut = breakPoint(rest, width, indent);
    if (cut < 0) break;
    out.push(rest.slice(0, cut).trimEnd());
    rest = ' '.repeat(indent) + rest.slice(cut + 1).trimStart();
  }
  out.push(rest);
  return out;
}

/** Index of the last space at or before `width` visible columns, past the indent; else the first after it. */
function breakPoint(text: string, width: number, indent: number): number {
  let column = 0;
  let lastSpace = -1;
  let firstSpaceAfter = -1;
  for (let i = 0; i < text.length; ) {
    const esc = text[i] === '\u001b' ? matchAt(text, i) : '';
    if (esc) {
      i += esc.length;
      continue;
    }
    const ch = String.fromCodePoint(text.codePointAt(i) ?? 32);
    if (ch === ' ' && column > indent) {
      if (column <= width) lastSpace = i;
      else if (firstSpaceAfter < 0) firstSpaceAfter = i;
    }
    if (column > width && lastSpace >= 0) return lastSpace;
    column += 1;
    i += ch.length;
  }
  return lastSpace >= 0 ? lastSpace : firstSpaceAfter;
}

function matchAt(text: string, index: number): string {
  const re = new RegExp(ANSI.source, 'y');
  re.lastIndex = index;
  return re.exec(text)?.[0] ?? '';
}

export function wrapText(text: string, width: number): string {
  return text
    .split('\n')
    .flatMap((line) => wrapLine(line, width))
    .join('\n');
}
