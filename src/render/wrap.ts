// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m|\u001b\]8;[^\u0007\u001b]*(?:\u0007|\u001b\\)/g;
// eslint-disable-next-line no-control-regex
const SGR = /\u001b\[([0-9;]*)m/g;
const RESET = '\u001b[0m';

export function stripAnsi(text: string): string {
  return text.replace(ANSI, '');
}

/** Visible width of a line: escapes count as nothing, every code point as one column. */
export function visibleLength(text: string): number {
  const plain = stripAnsi(text);
  let length = plain.length;
  for (let i = 0; i < plain.length; i += 1) if (isLowSurrogate(plain.charCodeAt(i))) length -= 1;
  return length;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** The kind of look an SGR code sets, so a later code of the same kind replaces it. */
function kindOf(code: string): string | undefined {
  const n = Number(code.split(';')[0]);
  if (n === 1 || n === 2) return 'weight';
  if (n === 3) return 'italic';
  if (n === 4) return 'underline';
  if ((n >= 30 && n <= 38) || (n >= 90 && n <= 97)) return 'fg';
  if ((n >= 40 && n <= 48) || (n >= 100 && n <= 107)) return 'bg';
  return undefined;
}

/** The code that ends a kind of look. */
const ENDS: Readonly<Record<string, string>> = { '22': 'weight', '23': 'italic', '24': 'underline', '39': 'fg', '49': 'bg' };

/** The looks still open at the end of `text`, as the codes that open them again. */
function openLooks(text: string): string {
  const open = new Map<string, string>();
  for (const match of text.matchAll(SGR)) {
    const code = match[1] ?? '';
    if (code === '' || code === '0') open.clear();
    else if (ENDS[code]) open.delete(ENDS[code] ?? '');
    else {
      const kind = kindOf(code);
      if (kind) open.set(kind, code);
    }
  }
  return [...open.values()].map((code) => `\u001b[${code}m`).join('');
}

/** How far continuation lines of `line` are indented: its own indent plus any bullet or number. */
function hangingIndent(line: string): number {
  const plain = stripAnsi(line);
  const match = /^(\s*)(?:[-*\u2022+]\s+|\d+[.)]\s+|(?:\u2502|>)\s+)?/.exec(plain);
  return match ? [...match[0]].length : 0;
}

/**
 * Breaks one line at spaces so no piece is wider than `width`, keeping escape codes intact and
 * hanging continuation lines under the text of a bullet (or at `hang` columns, when given). Bold,
 * italic and colour carry over a break: a piece ends with a reset and the next one opens them
 * again, since pagers and terminals start each line plain. A word wider than the line is left whole.
 */
export function wrapLine(line: string, width: number, hang?: number): string[] {
  // Most lines need no work: no more characters than columns.
  if (line.length <= width) return [line];
  const indent = hang === undefined ? Math.min(hangingIndent(line), Math.floor(width / 2)) : Math.min(hang, width - 1);
  const out: string[] = [];
  let rest = line;
  for (let guard = 0; guard < 10_000; guard += 1) {
    const cut = breakPoint(rest, width, indent);
    if (cut < 0) break;
    const piece = rest.slice(0, cut).trimEnd();
    const looks = piece.includes('\u001b') ? openLooks(piece) : '';
    out.push(looks ? `${piece}${RESET}` : piece);
    rest = ' '.repeat(indent) + looks + rest.slice(cut + 1).trimStart();
  }
  out.push(rest);
  return out;
}

/** A paragraph wrapped to `width` with every line indented by `indent` spaces. */
export function indented(text: string, width: number, indent = 0): string[] {
  return wrapLine(' '.repeat(indent) + text, width);
}

/**
 * Where to break `text`: the last space at or before `width` visible columns, past the indent;
 * else the first space after it. -1 when the text fits, or has no space to break at. Found in the
 * text without its escape codes, by the string's own searches (a read wraps the whole guide at
 * every start, and a loop over each character would be most of what that costs), then mapped
 * back past the escapes; text with characters outside the BMP is walked one character at a time.
 */
function breakPoint(text: string, width: number, indent: number): number {
  const plain = text.includes('\u001b') ? text.replace(ANSI, '') : text;
  if (ASTRAL.test(plain)) return walkedBreakPoint(text, width, indent);
  if (plain.length <= width) return -1;
  const last = plain.lastIndexOf(' ', width);
  const at = last > indent ? last : plain.indexOf(' ', width + 1);
  return at < 0 || plain === text ? at : rawIndex(text, at);
}

/** Where the `at`-th visible character of `text` is, counting its escape codes. */
function rawIndex(text: string, at: number): number {
  let skipped = 0;
  for (const match of text.matchAll(ANSI)) {
    if (match.index - skipped > at) break;
    skipped += match[0].length;
  }
  return at + skipped;
}

const ASTRAL = /[\ud800-\udfff]/;

function walkedBreakPoint(text: string, width: number, indent: number): number {
  let column = 0;
  let lastSpace = -1;
  let firstSpaceAfter = -1;
  for (let i = 0; i < text.length; ) {
    const esc = text.charCodeAt(i) === 0x1b ? escapeAt(text, i) : 0;
    if (esc) {
      i += esc;
      continue;
    }
    if (text.charCodeAt(i) === 0x20 && column > indent) {
      if (column <= width) lastSpace = i;
      else if (firstSpaceAfter < 0) firstSpaceAfter = i;
    }
    if (column > width && lastSpace >= 0) return lastSpace;
    column += 1;
    i += isLowSurrogate(text.charCodeAt(i + 1)) ? 2 : 1;
  }
  if (column <= width) return -1;
  return lastSpace >= 0 ? lastSpace : firstSpaceAfter;
}

const ANSI_AT = new RegExp(ANSI.source, 'y');

/** Length of the escape sequence at `index`, or 0. */
function escapeAt(text: string, index: number): number {
  ANSI_AT.lastIndex = index;
  return ANSI_AT.exec(text)?.[0].length ?? 0;
}

export function wrapText(text: string, width: number): string {
  return text
    .split('\n')
    .flatMap((line) => wrapLine(line, width))
    .join('\n');
}
