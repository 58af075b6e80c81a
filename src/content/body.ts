import { parseCondition } from './condition.js';
import { ContentError } from './errors.js';
import type { ListItem, Note } from './types.js';

const SLUG = '[a-z0-9]+(?:-[a-z0-9]+)*';
const ITEM_START = new RegExp(`^- \\*\\*([^*]+)\\*\\* \\{#(${SLUG})((?: [a-z]+=${SLUG})*)\\}: (\\S.*)$`);
const NOTE = new RegExp(`^Note \\{source=(${SLUG})\\}: (\\S.*)$`);
const KEYED_LINE = /^(Ask|Supports|Advice|Hint): (\S.*)$/;
const FIELD_OF_KEY = { Ask: 'question', Supports: 'supports', Advice: 'advice', Hint: 'hint' } as const;
const ATTRIBUTES = ['source', 'list', 'tier', 'old', 'unsure', 'cause'] as const;
type Attribute = (typeof ATTRIBUTES)[number];

/** A list item as written, before its source, list and tier are checked. */
export interface RawItem extends Omit<ListItem, 'list' | 'tier' | 'old' | 'unsure'> {
  line: number;
  supports: string;
  /** `list=`, `tier=` and `old=` as written; empty when not given. */
  listName: string;
  tierName: string;
  oldName: string;
  unsureName: string;
}

/** `{#id source=a list=b}`: the attributes after the id, each given at most once. */
function attributesOf(file: string, line: number, text: string): Record<Attribute, string> {
  const found: Record<Attribute, string> = { source: '', list: '', tier: '', old: '', unsure: '', cause: '' };
  for (const pair of text.trim().split(' ').filter(Boolean)) {
    const [key = '', value = ''] = pair.split('=');
    if (!(ATTRIBUTES as readonly string[]).includes(key)) throw new ContentError(file, line, `unknown item attribute '${key}' (expected ${ATTRIBUTES.join(', ')})`);
    if (found[key as Attribute]) throw new ContentError(file, line, `item attribute '${key}' is given twice`);
    found[key as Attribute] = value;
  }
  return found;
}

interface ParsedBody {
  items: RawItem[];
  /** Prose notes, with the line each starts on, in order. */
  notes: (Note & { line: number })[];
  /**
   * The body with annotations turned into plain markdown. `{source}` marks where a
   * source's label goes, so the caller can fill in names once every source is known.
   */
  lines: BodyLine[];
}

export type BodyLine =
  | { kind: 'text'; text: string }
  | { kind: 'part'; name: string; sources: string[]; line: number }
  | { kind: 'part-end'; line: number }
  | { kind: 'item'; item: RawItem }
  | { kind: 'note'; note: Note };

/**
 * Reads a section body line by line. Annotated list items (`- **Name** {#id ...}: summary`),
 * their indented detail, `Ask:`, `Supports:` and `Note {source=..}:` lines, and prose notes
 * become structure; everything else is kept as markdown.
 */
export function parseBody(file: string, body: string, firstLine: number): ParsedBody {
  const src = body.split('\n');
  const items: RawItem[] = [];
  const notes: (Note & { line: number })[] = [];
  const lines: BodyLine[] = [];
  let i = 0;
  while (i < src.length) {
    const text = src[i] ?? '';
    const lineNo = firstLine + i;
    const start = ITEM_START.exec(text);
    if (start) {
      const [, name = '', id = '', attributes = '', summary = ''] = start;
      const { source, list, tier, old, unsure, cause } = attributesOf(file, lineNo, attributes);
      const item: RawItem = { id, name: name.trim(), summary, details: '', source, question: '', advice: '', hint: '', when: null, cause, notes: [], supports: '', listName: list, tierName: tier, oldName: old, unsureName: unsure, line: lineNo };
      const details: string[] = [];
      i++;
      while (i < src.length && /^ {2}\S/.test(src[i] ?? '')) {
        readItemLine(file, firstLine + i, (src[i] ?? '').slice(2), item, details);
        i++;
      }
      item.details = details.join(' ');
      items.push(item);
      lines.push({ kind: 'item', item });
      continue;
    }
    if (text.startsWith('Note {')) {
      const note = NOTE.exec(text);
      if (!note?.[1] || !note[2]) throw new ContentError(file, lineNo, `malformed note; expected 'Note {source=id}: text'`);
      const paragraph = [note[2]];
      i++;
      for (; i < src.length && (src[i] ?? '').trim() !== ''; i++) paragraph.push((src[i] ?? '').trim());
      const parsed = { source: note[1], text: paragraph.join(' ') };
      notes.push({ ...parsed, line: lineNo });
      lines.push({ kind: 'note', note: parsed });
      continue;
    }
    const part = /^\{handout ([a-z0-9]+(?:-[a-z0-9]+)*)(?: sources=([a-z0-9-]+(?:,[a-z0-9-]+)*))?\}$/.exec(text.trim());
    if (part?.[1] || text.trim() === '{/handout}') {
      lines.push(part?.[1] ? { kind: 'part', name: part[1], sources: part[2]?.split(',') ?? [], line: lineNo } : { kind: 'part-end', line: lineNo });
      i++;
      continue;
    }
    if (text.includes('{#') || text.includes('{source=') || text.trim().startsWith('{handout') || text.trim().startsWith('{/')) {
      throw new ContentError(file, lineNo, `malformed annotation; expected '- **Name** {#id source=id}: summary', 'Note {source=id}: text', '{handout name sources=id,id}' or '{/handout}': ${text.trim()}`);
    }
    if (/^#{1,2}(\s|$)/.test(text)) {
      throw new ContentError(file, lineNo, "headings in a section start at '###' (the tool adds the section title)");
    }
    lines.push({ kind: 'text', text });
    i++;
  }
  return { items, notes, lines };
}

function readItemLine(file: string, lineNo: number, text: string, item: RawItem, details: string[]): void {
  const note = NOTE.exec(text);
  if (note?.[1] && note[2]) {
    item.notes.push({ source: note[1], text: note[2] });
    return;
  }
  if (text.startsWith('Note {')) throw new ContentError(file, lineNo, `malformed note; expected 'Note {source=id}: text'`);
  const when = /^When: (\S.*)$/.exec(text);
  if (when?.[1]) {
    if (item.when) throw new ContentError(file, lineNo, `item '${item.id}' has two 'When:' lines`);
    const condition = parseCondition(when[1]);
    if (typeof condition === 'string') throw new ContentError(file, lineNo, `item '${item.id}': ${condition}`);
    item.when = condition;
    return;
  }
  const keyed = KEYED_LINE.exec(text);
  if (keyed?.[1] && keyed[2]) {
    const field = FIELD_OF_KEY[keyed[1] as keyof typeof FIELD_OF_KEY];
    if (item[field]) throw new ContentError(file, lineNo, `item '${item.id}' has two '${keyed[1]}:' lines`);
    item[field] = keyed[2];
    return;
  }
  if (item.notes.length > 0 || item.question || item.advice || item.hint || item.when) {
    throw new ContentError(file, lineNo, `item '${item.id}': detail lines come before 'Ask:', 'Hint:', 'When:', 'Advice:' and 'Note' lines`);
  }
  details.push(text.trim());
}
