/**
 * The structured lists a guide holds, and what each is to the tool: whether the checklist asks
 * about its items (and how), and whether its items are warning signs. One table, so no file
 * checks a list's name to decide how to treat it.
 */
export const LIST_KINDS = ['causes', 'treatments', 'risk-factors', 'red-flags', 'urgent-signs', 'not-back-signs', 'symptoms'] as const;
export type ListKind = (typeof LIST_KINDS)[number];

/** What a checklist question is: `about-you` are the checklist's own (age, how long, which way). */
export const QUESTION_KINDS = ['about-you', 'red-flag', 'not-back', 'urgent-sign', 'symptom', 'risk-factor'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

interface ListKindInfo {
  /** The kind of checklist question its items are; absent for a list the checklist does not ask. */
  question?: QuestionKind;
  /** `one`: each item is its own yes/no question; `many`: one multi-select of every item. */
  ask?: 'one' | 'many';
  /** Its items are warning signs: marked in every format, never by colour alone. */
  warning: boolean;
  /**
   * Where a warning sign's mark in the guide takes its tier from: the list's (the signs of one
   * tier, follow-ups too), or each item's own (a list of signs in several tiers).
   */
  mark?: 'list' | 'item';
}

export const LIST_KIND_INFO: Readonly<Record<ListKind, ListKindInfo>> = {
  causes: { warning: false },
  treatments: { warning: false },
  'risk-factors': { question: 'risk-factor', ask: 'many', warning: false },
  'red-flags': { question: 'red-flag', ask: 'one', warning: true, mark: 'list' },
  'urgent-signs': { question: 'urgent-sign', ask: 'one', warning: true, mark: 'list' },
  'not-back-signs': { question: 'not-back', ask: 'one', warning: true, mark: 'item' },
  symptoms: { question: 'symptom', ask: 'one', warning: false },
};

/**
 * The lists the checklist asks, in the order it asks them: emergency signs first, then signs that
 * may not come from the back, the symptoms, and the signs for today (some follow a symptom).
 */
export const ASKED_LISTS: readonly ListKind[] = ['red-flags', 'not-back-signs', 'symptoms', 'urgent-signs', 'risk-factors'];

export function isListKind(value: string): value is ListKind {
  return (LIST_KINDS as readonly string[]).includes(value);
}
