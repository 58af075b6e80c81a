// Writes a value in pieces for src/data/lazy-json.ts: `<base>.idx.json`, the value with each
// piece replaced by {"$at": [file, offset, length]}, and `<base>.<file>.dat`, the pieces' JSON one
// after another, a new file after about 64 KiB, all in ASCII (offsets count its characters).
// `isPiece(path)` says which values are pieces (`['sections', 3, 'markdown']`).
import { writeFileSync } from 'node:fs';

const FILE_SIZE = 64 * 1024;

/**
 * JSON in ASCII: every other character as a \u escape. A file with any other character takes V8's
 * slow UTF-8 decoding, for all of it, when read (about 1.4 million instructions for the Spanish
 * guide's pieces); escapes cost only in the pieces a command parses.
 */
export const asciiJson = (value) => JSON.stringify(value).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/**
 * Packs pieces into files of about FILE_SIZE: `add` gives where a piece went ([file, offset,
 * length]), `write` writes the files as `<base>.<file>.dat`.
 */
function packer() {
  const files = [[]];
  let size = 0;
  return {
    add(value) {
      const text = asciiJson(value);
      if (size > 0 && size + text.length > FILE_SIZE) {
        files.push([]);
        size = 0;
      }
      const at = [files.length - 1, size, text.length];
      files[files.length - 1].push(text);
      size += text.length;
      return at;
    },
    write(base) {
      files.forEach((texts, n) => writeFileSync(`${base}.${n}.dat`, texts.join('')));
    },
  };
}

/** `value` with each piece (as `isPiece` says) packed and replaced by {"$at": where it went}. */
function indexOf(value, isPiece, pack) {
  const walk = (node, path) => {
    if (path.length > 0 && isPiece(path)) return { $at: pack.add(node) };
    if (Array.isArray(node)) return node.map((item, i) => walk(item, [...path, i]));
    if (typeof node === 'object' && node !== null) return Object.fromEntries(Object.entries(node).map(([key, item]) => [key, walk(item, [...path, key])]));
    return node;
  };
  return walk(value, []);
}

export function writeChunked(base, value, isPiece) {
  const pack = packer();
  writeFileSync(`${base}.idx.json`, asciiJson(indexOf(value, isPiece, pack)));
  pack.write(base);
}

/**
 * A guide for lazyGuide: the index holds what every command may need of each section (ids and
 * titles, as flat lists, and the lists a section holds), each section's text, items and notes are
 * one piece, and so are the sources and the checklist. Flat lists of strings and numbers are
 * what JSON.parse reads fastest: a guide of a thousand sections indexes in a few milliseconds.
 * Where each body is, too, is one flat list of numbers (file, offset, length, ...).
 */
export function writeGuide(base, guide) {
  const { sections, sources, checklist, ...rest } = guide;
  const lists = Object.fromEntries(sections.flatMap((s, i) => (s.lists.length > 0 ? [[i, s.lists]] : [])));
  sections.forEach((s, i) => {
    if (s.number !== i + 1) throw new Error(`section ${s.id} is number ${s.number}, not ${i + 1}`);
  });
  const pack = packer();
  const bodyAt = sections.flatMap(({ markdown, items, notes }) => pack.add({ markdown, items, notes }));
  const index = indexOf({ ...rest, ids: sections.map((s) => s.id), titles: sections.map((s) => s.title), lists, sources, checklist }, (path) => path.length === 1 && (path[0] === 'sources' || path[0] === 'checklist'), pack);
  writeFileSync(`${base}.idx.json`, asciiJson({ ...index, bodyAt }));
  pack.write(base);
}

/**
 * Text by key for lazyBlocks: `<base>.idx.json` holds the keys and, three numbers a key, where
 * each text is (file, offset, length), all flat lists; `<base>.<file>.dat` the texts' JSON.
 */
export function writeBlocks(base, table) {
  const pack = packer();
  const at = Object.values(table).flatMap((text) => pack.add(text));
  writeFileSync(`${base}.idx.json`, asciiJson({ keys: Object.keys(table), at }));
  pack.write(base);
}

/** The pieces of a catalog: each of its groups of words (errors, commands, check...). */
export const CATALOG_PIECES = (path) => path.length === 1;
