import { URGENCIES, type Urgency } from '../content/types.js';

/** The more urgent of two urgencies (URGENCIES lists them most urgent first). */
export function higher(a: Urgency, b: Urgency): Urgency {
  return URGENCIES.indexOf(a) <= URGENCIES.indexOf(b) ? a : b;
}

/** What a "not sure" to a warning sign reaches: at least today, never less than the sign itself below that. */
export function notSureTier(tier: Urgency): Urgency {
  return tier === 'emergency' ? 'urgent' : tier;
}
