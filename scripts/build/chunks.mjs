// Writes a value in pieces for src/data/lazy-json.ts: `<base>.idx.json`, the value with each
// piece replaced by {"$at": [offset, length]} (in characters of the file read as UTF-8 text), and
// `<base>.dat`, the pieces' JSON one after another. `isPiece(path)` says which values are pieces (`['sections', 3, 'markdown']`).
import { writeFileSync } from 'node:fs';

export function writeChunked(base, value, isPiece) {
  const pieces = [];
  let offset = 0;
  const walk = (node, path) => {
    if (path.length > 0 && isPiece(path)) {
      const text = JSON.stringify(node);
      // Offsets count UTF-16 code units, as the reader slices the file read as one string.
      const length = text.length;
      pieces.push(text);
      const at = { $at: [offset, length] };
      offset += length;
      return at;
    }
    if (Array.isArray(node)) return node.map((item, i) => walk(item, [...path, i]));
    if (typeof node === 'object' && node !== null) return Object.fromEntries(Object.entries(node).map(([key, item]) => [key, walk(item, [...path, key])]));
    return node;
  };
  const index = walk(value, []);
  writeFileSync(`${base}.idx.json`, JSON.stringify(index));
  writeFileSync(`${base}.dat`, pieces.join(''));
}

/** The pieces of a guide: each section's text, items and notes; the sources; the checklist. */
export const GUIDE_PIECES = (path) =>
  (path.length === 1 && (path[0] === 'sources' || path[0] === 'checklist')) || (path.length === 3 && path[0] === 'sections' && ['markdown', 'items', 'notes'].includes(path[2]));

/** The pieces of a catalog: each of its groups of words (errors, commands, check...). */
export const CATALOG_PIECES = (path) => path.length === 1;
