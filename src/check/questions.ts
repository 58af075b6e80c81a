import { ASKED_LISTS, LIST_KIND_INFO, type QuestionKind } from '../content/list-kinds.js';
import type { Guide, ListItem, Urgency } from '../content/types.js';
import { tierOf, warningLead } from './tiers.js';

export { QUESTION_KINDS, type QuestionKind } from '../content/list-kinds.js';

export interface Question {
  id: string;
  kind: QuestionKind;
  /** The question or checklist label, from the item's `Ask:` line. */
  text: string;
  /** The item it asks about: its name and one-line summary (why it matters). */
  name: string;
  summary: string;
  /** The urgency a "yes" reaches. */
  tier: Urgency;
  /** What to do when the answer is "yes", beyond the tier's steps; empty for nothing more. */
  advice: string;
  /** `one`: asked on its own; `many`: ticked in one multi-select with the others of its list. */
  ask: 'one' | 'many';
  /** The section that explains it. */
  section: string;
  /** How it is marked as a warning sign ("[!] Emergency:"), '' for a question that is not one. */
  lead: string;
}

function toQuestion(kind: QuestionKind, ask: Question['ask'], section: string, lead: string, item: ListItem): Question {
  return { id: item.id, kind, text: item.question, name: item.name, summary: item.summary, tier: tierOf(kind, item.tier), advice: item.advice, ask, section, lead };
}

/** Every checklist question, emergency signs first, all taken from the guide's lists. */
export function checklistQuestions(guide: Guide): Question[] {
  return ASKED_LISTS.flatMap((list) => {
    const { question, ask = 'one' } = LIST_KIND_INFO[list];
    if (!question) return [];
    const lead = warningLead(guide.checklist, list);
    // Only the sections that hold the list: a section's items are read from disk when first touched.
    const holding = guide.sections.filter((section) => section.lists.includes(list));
    return holding.flatMap((section) => section.items.filter((item) => item.list === list).map((item) => toQuestion(question, ask, section.id, lead, item)));
  });
}
