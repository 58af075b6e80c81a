const MAX_ECHO = 60;

/**
 * C0 and C1 controls (ESC, BEL, CSI...) can drive a terminal; line and paragraph separators
 * break lines; bidirectional overrides, zero-width characters and the byte-order mark make
 * an echo read differently from what was typed. None of them may be echoed raw.
 */
// eslint-disable-next-line no-control-regex
const HIDDEN = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;

function escaped(c: string): string {
  const code = c.charCodeAt(0);
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** Shows every hidden or controlling character as an escape such as `\x1b`, whatever the length. */
export function showControls(input: string): string {
  return input.replace(HIDDEN, escaped);
}

/**
 * Makes user input safe to echo: hidden and control characters become visible escapes such as
 * `\x1b`, so an argument can never drive the terminal; long input is shortened (never inside an
 * escape or a character).
 */
export function visible(input: string): string {
  let shown = '';
  for (const char of input) {
    const piece = showControls(char);
    if (shown.length + piece.length > MAX_ECHO) return `${shown}…`;
    shown += piece;
  }
  return shown;
}
