import { URGENCIES, type Checklist, type Urgency } from '../content/types.js';
import { conditionHolds } from './conditions.js';
import type { Question, QuestionKind } from './questions.js';
import { higher } from './tiers.js';

/** An answer: yes or no, "not sure" (warning signs), a number (age), or a choice's id. */
export type Answer = boolean | 'not-sure' | number | string;
export type Answers = Readonly<Record<string, Answer>>;

/** What reached an urgency: a question answered (yes, "not sure" or a choice), or a rule. */
export interface Reason {
  id: string;
  /** `question` for an answer, `rule` for a combination of answers. */
  by: 'question' | 'rule';
  tier: Urgency;
  notSure: boolean;
  cause: string;
}

export interface Assessment {
  /** The answers that counted, in question order; questions after an emergency are not asked. */
  answers: Record<string, Answer>;
  /** Emergency signs answered yes (the first emergency stops the checklist). */
  redFlags: string[];
  /** Signs that may not come from the back, answered yes. */
  otherSigns: string[];
  /** Signs that need medical advice today, answered yes. */
  urgentSigns: string[];
  symptoms: string[];
  riskFactors: string[];
  /** Warning signs answered "not sure". */
  notSure: string[];
  /** The rules (combinations of answers) that apply. */
  rules: string[];
  /** Every answer or rule that reached more than self-care, most urgent first. */
  reasons: Reason[];
  /** The highest urgency any answer or rule reaches. */
  urgency: Urgency;
  /** True when an emergency stopped the checklist. */
  stopped: boolean;
  advice: string[];
  /** What answers of a lower tier add, to tell whoever you speak to: never steps that follow the tier's as if waiting were allowed. */
  alsoTell: string[];
  /** Ids of the guide sections to read next. */
  sections: string[];
}

/** The urgency one answer reaches on its own. */
function answerTier(q: Question, answer: Answer | undefined, answers: Answers): Urgency {
  // "Is it new?" raises nothing of its own: it lowers the sign it follows when the answer is no.
  if (q.newOf) return 'self-care';
  if (q.type === 'choice') return q.choices.find((c) => c.id === answer)?.tier ?? 'self-care';
  if (answer === 'not-sure') return q.unsure;
  if (answer !== true) return 'self-care';
  return q.old && answers[`${q.id}-new`] === false ? q.old : q.tier;
}

function reasonsOf(questions: readonly Question[], answers: Answers, checklist: Checklist): Reason[] {
  const reasons: Reason[] = [];
  for (const q of questions) {
    if (!(q.id in answers)) continue;
    const tier = answerTier(q, answers[q.id], answers);
    if (tier !== 'self-care') reasons.push({ id: q.id, by: 'question', tier, notSure: answers[q.id] === 'not-sure', cause: q.cause });
  }
  for (const rule of checklist.rules) {
    if (conditionHolds(rule.when, answers)) reasons.push({ id: rule.id, by: 'rule', tier: rule.tier, notSure: false, cause: rule.cause });
  }
  return reasons.sort((a, b) => URGENCIES.indexOf(a.tier) - URGENCIES.indexOf(b.tier));
}

const urgencyOf = (reasons: readonly Reason[]): Urgency => reasons.reduce<Urgency>((top, r) => higher(top, r.tier), 'self-care');

/**
 * The questions asked, and the answers that count, given the answers: each question in order
 * whose `When:` holds (or that was answered anyway: a script may answer a follow-up alone, and a
 * "yes" to a warning sign must never be dropped), stopping once an emergency is reached, but
 * never between a sign and its "is it new?". Shared by the prompts and the scoring, so both agree.
 * A yes/no question left out is "no"; a number or choice left out, or "is it new?", is not known.
 */
export function walk(questions: readonly Question[], answers: Answers, checklist: Checklist): { asked: Question[]; counted: Record<string, Answer>; stopped: boolean } {
  const asked: Question[] = [];
  const counted: Record<string, Answer> = {};
  const byId = new Map(questions.map((q) => [q.id, q]));
  const emergencyRules = checklist.rules.filter((r) => r.tier === 'emergency');
  // Only what the last answer touched can have become an emergency: every earlier answer was
  // looked at when it came (a sign can only go down, when its "is it new?" is no), and the rules.
  const reachedNow = (q: Question): boolean => {
    const sign = q.newOf ? byId.get(q.newOf) : undefined;
    return [q, ...(sign ? [sign] : [])].some((x) => answerTier(x, counted[x.id], counted) === 'emergency') || emergencyRules.some((r) => conditionHolds(r.when, counted));
  };
  for (const [i, q] of questions.entries()) {
    const given = answers[q.id];
    if (given === undefined && !conditionHolds(q.when, counted)) continue;
    asked.push(q);
    if (given !== undefined) counted[q.id] = given;
    else if (q.type === 'yes-no' && !q.newOf) counted[q.id] = false;
    const next = questions[i + 1];
    if (next?.newOf === q.id && conditionHolds(next.when, counted)) continue;
    if (reachedNow(q)) return { asked, counted, stopped: true };
  }
  return { asked, counted, stopped: false };
}

/** Whether the answers so far reach an emergency, which ends the checklist (the prompts ask this after each answer). */
export function emergencyReached(questions: readonly Question[], answers: Answers, checklist: Checklist): boolean {
  return walk(questions, answers, checklist).stopped;
}

/**
 * What to read next: at an emergency only the tier's own list, so nothing stands before the
 * action; otherwise the sections that explain what was answered yes, then the tier's list.
 */
function sectionsFor(urgency: Urgency, yes: readonly Question[], checklist: Checklist): string[] {
  const read = checklist.tiers[urgency].read;
  if (urgency === 'emergency') return [...read];
  return [...new Set([...yes.filter((q) => q.section).map((q) => q.section), ...read])];
}

/**
 * Scores the checklist: the urgency is the highest tier any answer or rule reaches (tiers.ts,
 * the content's `tier=`, `old=` and rules), and the advice is that tier's steps, then what each
 * answer and rule of that tier adds (a lower tier's advice never follows a higher tier's).
 */
export function assess(questions: readonly Question[], answers: Answers, checklist: Checklist): Assessment {
  const { asked, counted, stopped } = walk(questions, answers, checklist);
  const reasons = reasonsOf(asked, counted, checklist);
  const urgency = urgencyOf(reasons);
  const yes = asked.filter((q) => counted[q.id] === true && !q.newOf);
  const ofKind = (kind: QuestionKind): string[] => yes.filter((q) => q.kind === kind).map((q) => q.id);
  const byId = new Map(asked.map((q) => [q.id, q]));
  const adviceOf = (r: Reason): string => (r.by === 'rule' ? (checklist.rules.find((x) => x.id === r.id)?.advice ?? '') : (byId.get(r.id)?.advice ?? ''));
  const extra = (same: boolean): string[] => [...new Set(reasons.filter((r) => (r.tier === urgency) === same && urgency !== 'emergency').map(adviceOf).filter(Boolean))];
  const notSure = asked.filter((q) => counted[q.id] === 'not-sure').map((q) => q.id);
  // A cause with its own first step (the cancer team's 24-hour line, then the emergency number)
  // takes the place of the tier's first step, which is the call.
  const firsts = [...new Set(reasons.filter((r) => r.tier === urgency).map((r) => checklist.causes.find((c) => c.id === r.cause)?.first ?? ''))].filter(Boolean);
  const steps = [...firsts, ...checklist.tiers[urgency].steps.slice(firsts.length > 0 ? 1 : 0)];
  return {
    answers: counted,
    redFlags: ofKind('red-flag'),
    otherSigns: ofKind('not-back'),
    urgentSigns: ofKind('urgent-sign'),
    symptoms: ofKind('symptom'),
    riskFactors: ofKind('risk-factor'),
    notSure,
    rules: reasons.filter((r) => r.by === 'rule').map((r) => r.id),
    reasons,
    urgency,
    stopped,
    advice: [...steps, ...(notSure.length > 0 && urgency !== 'emergency' ? checklist.notSure : []), ...extra(true)],
    alsoTell: extra(false),
    sections: sectionsFor(urgency, yes, checklist),
  };
}
