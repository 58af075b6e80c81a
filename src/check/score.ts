import type { Checklist, Urgency } from '../content/types.js';
import type { Question, QuestionKind } from './questions.js';
import { higher } from './tiers.js';

export type Answers = Readonly<Record<string, boolean>>;

export interface Assessment {
  /** The answers that counted, in question order; questions after an emergency sign are not asked. */
  answers: Record<string, boolean>;
  /** Emergency signs answered yes (at most one: the first stops the checklist). */
  redFlags: string[];
  /** Signs that need medical advice today, answered yes. */
  urgentSigns: string[];
  symptoms: string[];
  riskFactors: string[];
  /** The highest urgency any answer reaches. */
  urgency: Urgency;
  /** True when an emergency sign stopped the checklist. */
  stopped: boolean;
  advice: string[];
  /** Ids of the guide sections to read next. */
  sections: string[];
}

/** An emergency "yes" needs help now: asking more would only delay the advice. */
export function stopsAfter(question: Question, answer: boolean | undefined): boolean {
  return answer === true && question.tier === 'emergency';
}

/**
 * The questions that are asked, given the answers so far: in order, stopping right after the
 * first emergency sign answered "yes". Shared by the prompts and the scoring, so both agree.
 */
export function askedQuestions(questions: readonly Question[], answers: Answers): Question[] {
  const asked: Question[] = [];
  for (const question of questions) {
    asked.push(question);
    if (stopsAfter(question, answers[question.id])) break;
  }
  return asked;
}

/**
 * What to read next: at an emergency only the tier's own list, so nothing stands before the
 * action; otherwise the sections that explain what was answered yes, then the tier's list.
 */
function sectionsFor(urgency: Urgency, yes: readonly Question[], checklist: Checklist): string[] {
  const read = checklist.tiers[urgency].read;
  if (urgency === 'emergency') return [...read];
  return [...new Set([...yes.filter((q) => q.tier !== 'emergency').map((q) => q.section), ...read])];
}

/**
 * Scores the checklist: the urgency is the highest tier any "yes" reaches (see tiers.ts), and
 * the advice is that tier's steps, then what each "yes" adds. Unanswered questions count as "no".
 */
export function assess(questions: readonly Question[], answers: Answers, checklist: Checklist): Assessment {
  const asked = askedQuestions(questions, answers);
  const counted: Record<string, boolean> = {};
  for (const q of asked) counted[q.id] = answers[q.id] === true;
  const yes = asked.filter((q) => counted[q.id]);
  const ofKind = (kind: QuestionKind): string[] => yes.filter((q) => q.kind === kind).map((q) => q.id);
  const urgency = yes.reduce<Urgency>((top, q) => higher(top, q.tier), 'self-care');
  const extra = urgency === 'emergency' ? [] : yes.map((q) => q.advice).filter(Boolean);
  return {
    answers: counted,
    redFlags: ofKind('red-flag'),
    urgentSigns: ofKind('urgent-sign'),
    symptoms: ofKind('symptom'),
    riskFactors: ofKind('risk-factor'),
    urgency,
    stopped: yes.some((q) => stopsAfter(q, true)),
    advice: [...checklist.tiers[urgency].steps, ...extra],
    sections: sectionsFor(urgency, yes, checklist),
  };
}
