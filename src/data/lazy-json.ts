// Reads data the build wrote in pieces (scripts/build/chunks.mjs): an index with the small,
// always-needed values, and files of pieces, each piece read and parsed only when a command first
// touches it. `sections` parses the titles alone, `list causes` one section's items, `read
// causes` one section's text: a guide ten or a hundred times larger costs a command little more
// than the part it prints.
import { readFileSync } from 'node:fs';
import type { Section } from '../content/types.js';

/** Where a piece is: the number of its file, and its offset and length in that file's text. */
type At = [number, number, number];

function isPiece(value: unknown): value is { $at: At } {
  return typeof value === 'object' && value !== null && '$at' in value;
}

/**
 * Reads pieces from `base.<n>.dat`. Each file is read whole as UTF-8 text, with the one file call
 * every command makes anyway (Node reads UTF-8 text in one native step, and compiles each of its
 * other file functions on first use), and kept; files are small, so a piece costs its file.
 */
function pieceReader(base: string): (at: At) => unknown {
  const files = new Map<number, string>();
  return ([file, offset, length]) => {
    let text = files.get(file);
    if (text === undefined) files.set(file, (text = readFileSync(`${base}.${file}.dat`, 'utf8')));
    return JSON.parse(text.slice(offset, offset + length));
  };
}

/** The place of piece `i` in a flat list of places (three numbers a piece). */
function placeOf(places: readonly number[], i: number): At {
  return [places[3 * i] ?? 0, places[3 * i + 1] ?? 0, places[3 * i + 2] ?? 0];
}

type Body = Pick<Section, 'markdown' | 'items' | 'notes'>;

/** Where the sections' bodies are (three numbers a section: file, offset, length), and how to read one. */
interface Bodies {
  at: readonly number[];
  read: (at: At) => unknown;
}

/**
 * A section whose text, items and notes are read when first asked for, from the prototype: no
 * getter and no closure is made per section.
 */
class LazySection {
  readonly id: string;
  readonly number: number;
  readonly title: string;
  readonly lists: Section['lists'];
  #bodies: Bodies;
  #body: Body | undefined;

  constructor(id: string, number: number, title: string, lists: Section['lists'], bodies: Bodies) {
    this.id = id;
    this.number = number;
    this.title = title;
    this.lists = lists;
    this.#bodies = bodies;
  }

  #loaded(): Body {
    const { at, read } = this.#bodies;
    return (this.#body ??= read(placeOf(at, this.number - 1)) as Body);
  }

  get markdown(): string {
    return this.#loaded().markdown;
  }

  get items(): Section['items'] {
    return this.#loaded().items;
  }

  get notes(): Section['notes'] {
    return this.#loaded().notes;
  }
}

/** Makes each top-level piece of `value` a getter that reads it once (few of them: the catalog's groups, a guide's sources). */
function topLevelGetters(value: Record<string, unknown>, read: (at: At) => unknown): void {
  for (const [key, piece] of Object.entries(value)) {
    if (!isPiece(piece)) continue;
    Object.defineProperty(value, key, {
      configurable: true,
      enumerable: true,
      get() {
        const loaded = read(piece.$at);
        Object.defineProperty(value, key, { value: loaded, enumerable: true, writable: true, configurable: true });
        return loaded;
      },
    });
  }
}

/** A guide (as scripts/build/chunks.mjs writeGuide writes it): sections with their text, items and notes read on first use; sources and checklist likewise. */
export function lazyGuide(base: string): unknown {
  const { ids, titles, lists, bodyAt, ...index } = JSON.parse(readFileSync(`${base}.idx.json`, 'utf8')) as {
    ids: string[];
    titles: string[];
    lists: Record<string, Section['lists']>;
    bodyAt: number[];
  } & Record<string, unknown>;
  const read = pieceReader(base);
  const bodies: Bodies = { at: bodyAt, read };
  const none: Section['lists'] = [];
  index.sections = ids.map((id, i) => new LazySection(id, i + 1, titles[i] ?? '', lists[i] ?? none, bodies));
  topLevelGetters(index, read);
  return index;
}

/**
 * Text by key (as scripts/build/chunks.mjs writeBlocks writes it): the keys are a flat list, and
 * each text is read when first asked for, so one section's block of a large guide costs its piece.
 */
export function lazyBlocks(base: string): (key: string) => string | undefined {
  const { keys, at } = JSON.parse(readFileSync(`${base}.idx.json`, 'utf8')) as { keys: string[]; at: number[] };
  const read = pieceReader(base);
  let lookups = 0;
  let where: Map<string, number> | undefined;
  return (key) => {
    // A read of one or two sections looks up three keys: a map of every key pays only for more.
    if (++lookups > 3) where ??= new Map(keys.map((k, i) => [k, i]));
    const i = where ? (where.get(key) ?? -1) : keys.indexOf(key);
    return i < 0 ? undefined : (read(placeOf(at, i)) as string);
  };
}

/** A catalog: each group of words (errors, commands, check...) read on first use. */
export function lazyCatalog(base: string): unknown {
  const index = JSON.parse(readFileSync(`${base}.idx.json`, 'utf8')) as Record<string, unknown>;
  topLevelGetters(index, pieceReader(base));
  return index;
}
