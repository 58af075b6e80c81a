import { WARNING_MARK } from '../content/item-markdown.js';
import { LIST_KINDS, LIST_KIND_INFO, type ListKind, type QuestionKind } from '../content/list-kinds.js';
import { URGENCIES, type Checklist, type Urgency } from '../content/types.js';

/**
 * The scoring table: the urgency a "yes" to each kind of question reaches. An item can say
 * otherwise in content (`tier=`), so a new sign, or a sign in another tier, is content only.
 */
export const TIER_OF_KIND: Readonly<Record<QuestionKind, Urgency>> = {
  'red-flag': 'emergency',
  'urgent-sign': 'urgent',
  symptom: 'see-doctor',
  'risk-factor': 'self-care',
};

export function tierOf(kind: QuestionKind, override: Urgency | undefined): Urgency {
  return override ?? TIER_OF_KIND[kind];
}

/** The more urgent of two urgencies (URGENCIES lists them most urgent first). */
export function higher(a: Urgency, b: Urgency): Urgency {
  return URGENCIES.indexOf(a) <= URGENCIES.indexOf(b) ? a : b;
}

/**
 * How a warning sign is marked wherever it is shown: the text marker and the word of its tier
 * ("[!] Emergency:", "[!] Today:"), so a sign never relies on colour or a symbol alone; '' for a
 * list that holds no warning signs.
 */
export function warningLead(checklist: Checklist, kind: ListKind): string {
  const { warning, question } = LIST_KIND_INFO[kind];
  return warning && question ? `${WARNING_MARK} ${checklist.tiers[TIER_OF_KIND[question]].label}:` : '';
}

/** The same, for a question of the checklist, by its kind. */
export function questionLead(checklist: Checklist, kind: QuestionKind): string {
  const list = LIST_KINDS.find((l) => LIST_KIND_INFO[l].question === kind);
  return list ? warningLead(checklist, list) : '';
}

/** Questions that must be answered on a terminal: Enter alone must never skip them. */
export function mustAnswer(tier: Urgency): boolean {
  return tier === 'emergency' || tier === 'urgent';
}
