import type { ListItem, Note } from './types.js';

export type SourceLabel = (source: string) => string;

/** How a note of other guidance reads wherever it is shown: clearly marked, with its source. */
export function noteLead(note: Note, label: SourceLabel): string {
  return `Other guidance (${label(note.source)}):`;
}

/** A list item as one markdown bullet, its notes as clearly marked sub-bullets. */
export function itemMarkdown(item: ListItem, label: SourceLabel): string {
  const body = [item.summary, item.details].filter(Boolean).join(' ');
  const notes = item.notes.map((n) => `\n  - *${noteLead(n, label)}* ${n.text}`).join('');
  return `- **${item.name}**: ${body}${notes}`;
}

export function proseNoteMarkdown(note: Note, label: SourceLabel): string {
  return `> **${noteLead(note, label)}** ${note.text}`;
}
