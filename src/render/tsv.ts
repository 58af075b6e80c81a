/** One record per line, fields joined by tabs; tabs and newlines inside a field become spaces. */
export function toTsv(rows: readonly (readonly (string | number)[])[]): string {
  return rows.map((row) => row.map((field) => String(field).replace(/[\t\r\n]+/g, ' ')).join('\t')).join('\n') + (rows.length ? '\n' : '');
}
