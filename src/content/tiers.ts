// The urgency each kind of question reaches, and how a warning sign is marked in every format:
// the tier table the content's list kinds carry, read by the parser, the lists and the checklist.
import { WARNING_MARK } from './item-markdown.js';
import { LIST_KIND_INFO, type ListKind, type QuestionKind } from './list-kinds.js';
import type { Checklist, Urgency } from './types.js';

/**
 * The scoring table: the urgency a "yes" to each kind of question reaches. An item can say
 * otherwise in content (`tier=`), so a new sign, or a sign in another tier, is content only.
 * Symptoms are self-care on their own: how long and which way the pain is going decide (the
 * checklist's rules), and a symptom that needs a doctor says so with `tier=`.
 */
export const TIER_OF_KIND: Readonly<Record<QuestionKind, Urgency>> = {
  'about-you': 'self-care',
  'red-flag': 'emergency',
  'not-back': 'urgent',
  'urgent-sign': 'urgent',
  symptom: 'self-care',
  'risk-factor': 'self-care',
};

export function tierOf(kind: QuestionKind, override: Urgency | undefined): Urgency {
  return override ?? TIER_OF_KIND[kind];
}

/** The mark of a tier ("[!] Emergency:", "[!] Today:"); '' for a tier that is neither. */
export function tierLead(checklist: Checklist, tier: Urgency): string {
  return tier === 'emergency' || tier === 'urgent' ? `${WARNING_MARK} ${checklist.tiers[tier].label}:` : '';
}

/**
 * How a warning sign is marked in the guide: the text marker and the word of its tier, so a sign
 * never relies on colour or a symbol alone; the tier is its list's, or the item's own where the
 * list holds signs of several tiers; '' for a list that holds no warning signs.
 */
export function warningLead(checklist: Checklist, kind: ListKind, itemTier?: Urgency): string {
  const { warning, question, mark } = LIST_KIND_INFO[kind];
  if (!warning || !question) return '';
  // A sign more urgent than its list's (an emergency follow-up among the signs for today) says so.
  if (itemTier === 'emergency' || itemTier === 'urgent') return tierLead(checklist, itemTier);
  return tierLead(checklist, mark === 'item' ? tierOf(question, itemTier) : TIER_OF_KIND[question]);
}

