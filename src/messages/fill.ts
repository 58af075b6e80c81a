/** Values for the `{name}` places of a catalog message. */
export type Vars = Readonly<Record<string, string | number>>;

/** A catalog message with its `{name}` places filled; a place with no value is left as written. */
export function fill(template: string, vars: Vars = {}): string {
  return template.replace(/\{(\w+)\}/g, (place, name: string) => (name in vars ? String(vars[name]) : place));
}
