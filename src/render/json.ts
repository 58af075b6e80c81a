/** Stable, indented JSON with a final newline: the machine contract documented in the README. */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
