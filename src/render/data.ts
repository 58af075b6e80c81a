/** Stable, indented JSON with a final newline: the machine contract documented in the README. */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** One record per line, fields joined by tabs; tabs and newlines inside a field become spaces. */
export function toTsv(rows: readonly (readonly (string | number)[])[]): string {
  return rows.map((row) => row.map((field) => String(field).replace(/[\t\r\n]+/g, ' ')).join('\t')).join('\n') + (rows.length ? '\n' : '');
}
