import { ContentError } from './errors.js';

interface FrontMatter {
  fields: Map<string, string>;
  body: string;
  /** 1-based line number of the body's first line in the file. */
  bodyLine: number;
}

/** Splits `---` front matter (flat `key: value` lines) from the body. */
export function splitFrontMatter(file: string, text: string): FrontMatter {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  if (lines[0] !== '---') throw new ContentError(file, 1, "front matter missing: the file must start with '---'");
  const end = lines.indexOf('---', 1);
  if (end < 0) throw new ContentError(file, 1, "front matter not closed: add a '---' line after it");
  const fields = new Map<string, string>();
  for (let i = 1; i < end; i++) {
    const line = lines[i] ?? '';
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const match = /^([a-z_]+):\s*(.*?)(?:\s+#.*)?\s*$/.exec(line);
    if (!match?.[1] || match[2] === undefined) throw new ContentError(file, i + 1, `front matter line is not 'key: value': ${line}`);
    if (fields.has(match[1])) throw new ContentError(file, i + 1, `front matter key '${match[1]}' given twice`);
    fields.set(match[1], match[2]);
  }
  return { fields, body: lines.slice(end + 1).join('\n'), bodyLine: end + 2 };
}

/** Reads a required field and rejects any field not in `allowed`. */
export function requireFields(file: string, fields: Map<string, string>, required: readonly string[], optional: readonly string[] = []): void {
  for (const key of fields.keys()) {
    if (!required.includes(key) && !optional.includes(key)) {
      throw new ContentError(file, 0, `unknown front matter key '${key}' (expected ${[...required, ...optional].join(', ')})`);
    }
  }
  for (const key of required) {
    if (!fields.get(key)) throw new ContentError(file, 0, `front matter needs '${key}'`);
  }
}
