import type { Guide, ListItem, ListKind } from '../content/types.js';
import { listItems } from '../core/lists.js';

export const QUESTION_KINDS = ['red-flag', 'symptom', 'risk-factor'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export interface Question {
  id: string;
  kind: QuestionKind;
  /** The question or checklist label, from the item's `Ask:` line. */
  text: string;
  /** The item it asks about: its name and one-line summary (why it matters). */
  name: string;
  summary: string;
}

const ORDER: readonly [QuestionKind, ListKind][] = [
  ['red-flag', 'red-flags'],
  ['symptom', 'symptoms'],
  ['risk-factor', 'risk-factors'],
];

function toQuestion(kind: QuestionKind, item: ListItem): Question {
  return { id: item.id, kind, text: item.question, name: item.name, summary: item.summary };
}

/** Every checklist question, warning signs first, all taken from the guide's lists. */
export function checklistQuestions(guide: Guide): Question[] {
  return ORDER.flatMap(([kind, list]) => listItems(guide, list).map((item) => toQuestion(kind, item)));
}
