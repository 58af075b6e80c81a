import { WARNING_MARK, type NoteLead } from '../content/item-markdown.js';
import type { ListItem, Section } from '../content/types.js';
import type { SearchHit } from '../core/search.js';
import type { Style } from './style.js';
import { indented, visibleLength, wrapLine } from './wrap.js';

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - visibleLength(text)));
}

/** Fewer columns than this left for the second column, and it goes on lines of its own under the first. */
const MIN_SECOND_COLUMN = 12;

/** Rows of two columns; a second column too long for the line wraps under itself, not under the first. */
export function columns(rows: readonly [string, string][], width: number, indent = 0): string[] {
  const first = Math.max(...rows.map(([term]) => visibleLength(term)));
  const at = indent + first + 2;
  if (width - at < MIN_SECOND_COLUMN) {
    return rows.flatMap(([term, words]) => [...indented(term, width, indent), ...(words ? indented(words, width, indent + 4) : [])]);
  }
  return rows.flatMap(([term, words]) => wrapLine(`${' '.repeat(indent)}${pad(term, first)}  ${words}`.trimEnd(), width, at));
}

export function sectionsLayout(sections: readonly Section[], style: Style, width: number): string {
  const numWidth = String(sections.length).length;
  const rows = sections.map((s): [string, string] => [`${String(s.number).padStart(numWidth)}  ${style.id(s.id)}`, s.title]);
  return `${columns(rows, width).join('\n')}\n`;
}

/** A list for people; `mark` leads each item of a list of warning signs ("[!] Emergency:"), '' for other lists. */
export function listLayout(title: string, action: string, items: readonly ListItem[], lead: NoteLead, mark: (item: ListItem) => string, style: Style, width: number): string {
  const warning = items.some((item) => mark(item));
  const head = style.heading(warning ? `${WARNING_MARK} ${title}` : title);
  const entries = items.map((item, index) => {
    const number = `${index + 1}.`;
    const name = mark(item) ? style.warn(`${mark(item)} ${item.name}`) : style.strong(item.name);
    const first = indented(`${number} ${name}  ${style.dim(`(${item.id})`)}`, width);
    const body = indented([item.summary, item.details].filter(Boolean).join(' '), width, 3);
    const notes = item.notes.flatMap((n) => indented(`${style.em(lead(n))} ${n.text}`, width, 3));
    return [...first, ...body, ...notes].join('\n');
  });
  const opening = action ? `${indented(style.warn(action), width).join('\n')}\n\n` : '';
  return `${wrapLine(head, width).join('\n')}\n\n${opening}${entries.join('\n\n')}\n`;
}

/** Every matching word in the snippet, highlighted. */
function highlight(snippet: string, words: readonly string[], style: Style): string {
  if (style.level === 0 || words.length === 0) return snippet;
  const escaped = words.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return snippet.replace(new RegExp(`(?<![\\p{L}\\p{N}])(${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'gu'), (m) => style.match(m));
}

/** Search hits for people; `matched(snippet)` gives the words of a snippet to highlight. */
export function searchLayout(hits: readonly SearchHit[], matched: (snippet: string) => string[], style: Style, width: number): string {
  const entries = hits.map((hit) => [...wrapLine(`${style.id(hit.id)}  ${style.strong(hit.title)}`, width), ...indented(highlight(hit.snippet, matched(hit.snippet), style), width, 2)].join('\n'));
  return `${entries.join('\n\n')}\n`;
}
