import type { ListItem, Note } from './types.js';

/** How a note of other guidance is introduced, clearly marked with its source: "Other guidance (NICE NG59):". */
export type NoteLead = (note: Note) => string;

/** The text marker warning signs carry in every format, so they never rely on colour. */
export const WARNING_MARK = '[!]';

/** A list item as one markdown bullet, its notes as clearly marked sub-bullets; a warning sign led by its mark ("[!] Emergency:"). */
export function itemMarkdown(item: Pick<ListItem, 'name' | 'summary' | 'details' | 'notes'>, lead: NoteLead, mark = ''): string {
  const body = [item.summary, item.details].filter(Boolean).join(' ');
  const notes = item.notes.map((n) => `\n  - *${lead(n)}* ${n.text}`).join('');
  return `- **${mark ? `${mark} ` : ''}${item.name}**: ${body}${notes}`;
}

export function proseNoteMarkdown(note: Note, lead: NoteLead): string {
  return `> **${lead(note)}** ${note.text}`;
}
