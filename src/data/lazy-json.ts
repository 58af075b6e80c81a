// Reads data the build wrote in pieces (scripts/build/chunks.mjs): an index with the small,
// always-needed values, and a file of pieces each value of which is read and parsed only when a
// command first touches it. `sections` parses the titles alone, `list causes` one section's
// items, `read causes` one section's text: a guide ten or a hundred times larger costs a command
// little more than the part it prints.
import { readFileSync } from 'node:fs';

/** Where a piece is in the pieces file: its offset and length, in characters. */
type At = [number, number];

function isPiece(value: unknown): value is { $at: At } {
  return typeof value === 'object' && value !== null && '$at' in value && Array.isArray((value as { $at: unknown }).$at);
}

/**
 * The value at `base` (`base.idx.json` and `base.dat`), each piece put back as a getter that
 * reads it on first use and then keeps it as a plain property.
 */
export function lazyJson(base: string): unknown {
  const index: unknown = JSON.parse(readFileSync(`${base}.idx.json`, 'utf8'));
  // The pieces file is read whole as text, with the file call every command makes anyway (Node
  // reads UTF-8 text in one native step, and compiles each of its other file functions on first
  // use); only the pieces used are parsed.
  let text: string | undefined;
  const read = ([at, length]: At): unknown => {
    text ??= readFileSync(`${base}.dat`, 'utf8');
    return JSON.parse(text.slice(at, at + length));
  };
  const revive = (node: unknown): void => {
    if (typeof node !== 'object' || node === null) return;
    for (const [key, value] of Object.entries(node)) {
      if (!isPiece(value)) {
        revive(value);
        continue;
      }
      Object.defineProperty(node, key, {
        configurable: true,
        enumerable: true,
        get() {
          const loaded = read(value.$at);
          Object.defineProperty(node, key, { value: loaded, enumerable: true, writable: true, configurable: true });
          return loaded;
        },
      });
    }
  };
  revive(index);
  return index;
}
