const MAX_ECHO = 60;
/** The most of the user's input one error line says back, over all its values. */
const MAX_ECHO_LINE = 200;

let hidden: RegExp | undefined;

/**
 * Characters that must never be echoed raw: controls (Cc: ESC, BEL, CSI...) can drive a
 * terminal; format characters (Cf: bidirectional overrides, zero-width ones, tags, the
 * byte-order mark), variation selectors and the other default-ignorable ones make an echo read
 * differently from what was typed (`read $'\U000E0041causes'` would show as "causes"); line and
 * paragraph separators break lines; private-use, unassigned and surrogate code points and
 * spaces other than the plain one hide what they are. Built on first use: V8 checks a regular
 * expression literal with Unicode properties when the file loads, which costs every run.
 */
function hiddenPattern(): RegExp {
  return (hidden ??= new RegExp('[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cn}\\p{Cs}\\p{Zl}\\p{Zp}\\p{Default_Ignorable_Code_Point}]|(?! )\\p{Zs}', 'gu'));
}

function escaped(c: string): string {
  const code = c.codePointAt(0) ?? 0;
  if (code < 0x100) return `\\x${code.toString(16).padStart(2, '0')}`;
  if (code <= 0xffff) return `\\u${code.toString(16).padStart(4, '0')}`;
  return `\\u{${code.toString(16)}}`;
}

/** Shows every hidden or controlling character as an escape such as `\x1b`, whatever the length. */
export function showControls(input: string): string {
  return input.replace(hiddenPattern(), escaped);
}

/** At most `max` characters of input, hidden ones escaped, cut with an ellipsis (never inside an escape or a character). */
function cut(input: string, max: number): string {
  let shown = '';
  for (const char of input) {
    const piece = showControls(char);
    if (shown.length + piece.length > max) return `${shown}…`;
    shown += piece;
  }
  return shown;
}

/**
 * Makes user input safe to echo: hidden and control characters become visible escapes such as
 * `\x1b`, so an argument can never drive the terminal; long input is shortened.
 */
export function visible(input: string): string {
  return cut(input, MAX_ECHO);
}

/** Several inputs echoed in one line (`'a' and 'b'`), each as `visible` says, the whole cut near 200 characters. */
export function visibleList(items: readonly string[], separator: string): string {
  let line = '';
  for (const [i, item] of items.entries()) {
    const piece = `${i > 0 ? separator : ''}'${visible(item)}'`;
    if (line.length + piece.length > MAX_ECHO_LINE) return `${line}${i > 0 ? separator : ''}…`;
    line += piece;
  }
  return line;
}
