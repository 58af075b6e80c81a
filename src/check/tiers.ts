import type { QuestionKind } from '../content/list-kinds.js';
import { URGENCIES, type Urgency } from '../content/types.js';

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

/** Questions that must be answered on a terminal: Enter alone must never skip them. */
export function mustAnswer(tier: Urgency): boolean {
  return tier === 'emergency' || tier === 'urgent';
}
