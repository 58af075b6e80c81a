import { noteLead, WARNING_MARK, type SourceLabel } from '../content/item-markdown.js';
import type { ListItem, Section } from '../content/types.js';
import type { SearchHit } from '../core/search.js';
import type { Style } from './style.js';
import { visibleLength, wrapLine, wrapText } from './wrap.js';


function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - visibleLength(text)));
}

/** A paragraph wrapped to `width` with every line indented by `indent` spaces. */
function block(text: string, indent: number, width: number): string {
  const prefix = ' '.repeat(indent);
  return wrapLine(prefix + text, width).join('\n');
}

export function sectionsLayout(sections: readonly Section[], style: Style, width: number): string {
  const idWidth = Math.max(...sections.map((s) => s.id.length));
  const numWidth = String(sections.length).length;
  const lines = sections.map((s) => `${String(s.number).padStart(numWidth)}  ${pad(style.id(s.id), idWidth)}  ${s.title}`);
  return `${wrapText(lines.join('\n'), width)}\n`;
}

export function listLayout(title: string, action: string, items: readonly ListItem[], label: SourceLabel, warning: boolean, style: Style, width: number): string {
  const head = style.heading(warning ? `${WARNING_MARK} ${title}` : title);
  const entries = items.map((item, index) => {
    const number = `${index + 1}.`;
    const name = warning ? style.warn(`${WARNING_MARK} ${item.name}`) : style.strong(item.name);
    const first = block(`${number} ${name}  ${style.dim(`(${item.id})`)}`, 0, width);
    const body = block([item.summary, item.details].filter(Boolean).join(' '), 3, width);
    const notes = item.notes.map((n) => block(`${style.em(noteLead(n, label))} ${n.text}`, 3, width));
    return [first, body, ...notes].join('\n');
  });
  const lead = action ? `${block(style.warn(action), 0, width)}\n\n` : '';
  return `${wrapLine(head, width).join('\n')}\n\n${lead}${entries.join('\n\n')}\n`;
}

/** Every term in the snippet, highlighted. */
function highlight(snippet: string, terms: readonly string[], style: Style): string {
  if (style.level === 0 || terms.length === 0) return snippet;
  const escaped = terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return snippet.replace(new RegExp(`(${escaped.join('|')})`, 'gi'), (m) => style.match(m));
}

export function searchLayout(hits: readonly SearchHit[], terms: readonly string[], style: Style, width: number): string {
  const entries = hits.map((hit) => `${wrapLine(`${style.id(hit.id)}  ${style.strong(hit.title)}`, width).join('\n')}\n${block(highlight(hit.snippet, terms, style), 2, width)}`);
  return `${entries.join('\n\n')}\n`;
}
