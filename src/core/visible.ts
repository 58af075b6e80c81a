const MAX_ECHO = 60;

/**
 * Makes user input safe to echo: control characters (ESC, BEL, C1 codes...) become visible
 * escapes such as `\x1b`, so an argument can never drive the terminal; long input is shortened.
 */
export function visible(input: string): string {
  // eslint-disable-next-line no-control-regex
  const shown = input.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
  return shown.length > MAX_ECHO ? `${shown.slice(0, MAX_ECHO)}…` : shown;
}
