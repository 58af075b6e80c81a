import type { Checklist, Urgency } from '../content/types.js';
import type { Question } from './questions.js';

export type Answers = Readonly<Record<string, boolean>>;

export interface Assessment {
  /** The answers that counted, in question order; questions after a warning sign are not asked. */
  answers: Record<string, boolean>;
  redFlags: string[];
  symptoms: string[];
  riskFactors: string[];
  urgency: Urgency;
  /** True when a warning sign stopped the checklist. */
  stopped: boolean;
  advice: string[];
  /** Ids of the guide sections to read next. */
  sections: string[];
}

/**
 * The questions that are asked, given the answers so far: in order, stopping right after the
 * first warning sign answered "yes". Shared by the prompts and the scoring, so both agree.
 */
export function askedQuestions(questions: readonly Question[], answers: Answers): Question[] {
  const asked: Question[] = [];
  for (const question of questions) {
    asked.push(question);
    if (question.kind === 'red-flag' && answers[question.id] === true) break;
  }
  return asked;
}

function sectionsFor(urgency: Urgency, symptoms: number, riskFactors: number): string[] {
  if (urgency === 'emergency') return ['warning-signs'];
  const sections = symptoms > 0 ? ['sciatica', 'causes', 'treatments'] : ['overview'];
  if (riskFactors > 0) sections.push('risk-factors');
  return [...sections, 'warning-signs', 'doctor'];
}

/**
 * Scores the checklist. Any warning sign means emergency; otherwise any symptom means see a
 * doctor (the article advises a doctor's visit for such pain); otherwise self-care.
 * Unanswered questions count as "no".
 */
export function assess(questions: readonly Question[], answers: Answers, checklist: Checklist): Assessment {
  const asked = askedQuestions(questions, answers);
  const counted: Record<string, boolean> = {};
  for (const q of asked) counted[q.id] = answers[q.id] === true;
  const yes = (kind: Question['kind']): string[] => asked.filter((q) => q.kind === kind && counted[q.id]).map((q) => q.id);
  const redFlags = yes('red-flag');
  const symptoms = yes('symptom');
  const riskFactors = yes('risk-factor');
  const urgency: Urgency = redFlags.length > 0 ? 'emergency' : symptoms.length > 0 ? 'see-doctor' : 'self-care';
  return {
    answers: counted,
    redFlags,
    symptoms,
    riskFactors,
    urgency,
    stopped: redFlags.length > 0,
    advice: [...checklist.advice[urgency]],
    sections: sectionsFor(urgency, symptoms.length, riskFactors.length),
  };
}
