import type { ListItem, Note } from './types.js';

export type SourceLabel = (source: string) => string;

/** How a note of other guidance reads wherever it is shown: clearly marked, with its source. */
export function noteLead(note: Note, label: SourceLabel): string {
  return `Other guidance (${label(note.source)}):`;
}

/** The text marker warning signs carry in every format, so they never rely on colour. */
export const WARNING_MARK = '[!]';

/** A list item as one markdown bullet, its notes as clearly marked sub-bullets; warning signs marked. */
export function itemMarkdown(item: Pick<ListItem, 'name' | 'summary' | 'details' | 'notes'>, label: SourceLabel, warning = false): string {
  const body = [item.summary, item.details].filter(Boolean).join(' ');
  const notes = item.notes.map((n) => `\n  - *${noteLead(n, label)}* ${n.text}`).join('');
  return `- **${warning ? `${WARNING_MARK} ` : ''}${item.name}**: ${body}${notes}`;
}

export function proseNoteMarkdown(note: Note, label: SourceLabel): string {
  return `> **${noteLead(note, label)}** ${note.text}`;
}
