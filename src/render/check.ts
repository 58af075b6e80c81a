import type { Guide } from '../content/types.js';
import type { Question } from '../check/questions.js';
import type { Assessment } from '../check/score.js';
import { mustAnswer } from '../check/tiers.js';
import { articleCredit } from './credit.js';
import { WARNING_MARK } from '../content/item-markdown.js';
import { isWarningQuestion } from '../content/list-kinds.js';
import type { Style } from './style.js';
import { wrapLine } from './wrap.js';

function lines(text: string, width: number, indent = 0): string[] {
  return wrapLine(' '.repeat(indent) + text, width);
}

/** The checklist result for people: the action first, then why, then what to read next. */
export function checkLayout(result: Assessment, questions: readonly Question[], guide: Guide, style: Style, width: number): string {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const names = (ids: readonly string[]): Question[] => ids.flatMap((id) => byId.get(id) ?? []);
  const { checklist } = guide;
  const tier = checklist.tiers[result.urgency];
  const out: string[] = [];
  const heading = (text: string): void => void out.push('', ...lines(style.heading(text), width));
  const headline = `${tier.label}: ${tier.action}`;
  if (mustAnswer(result.urgency)) {
    out.push(...lines(style.warn(`${WARNING_MARK} ${headline}`), width));
    for (const q of names([...result.redFlags, ...result.urgentSigns])) out.push(...lines(style.warn(`${WARNING_MARK} You said yes to: ${q.name}.`), width));
  } else {
    out.push(...lines(style.title(headline), width));
  }
  result.advice.forEach((step, i) => out.push(...lines(`${i + 1}. ${step}`, width, 2)));
  if (result.urgency !== 'emergency') {
    heading('What your answers suggest');
    const symptoms = names(result.symptoms);
    out.push(...lines(symptoms.length ? checklist.symptomsFound : checklist.noSymptoms, width, 2));
    for (const q of symptoms) out.push(...lines(`- ${q.name}`, width, 2));
    const risks = names(result.riskFactors);
    out.push('', ...lines(risks.length ? checklist.riskFactorsFound : checklist.noRiskFactors, width, 2));
    for (const q of risks) out.push(...lines(`- ${style.strong(q.name)}: ${q.summary}`, width, 2));
  }
  heading('Read next');
  const pad = Math.max(...result.sections.map((id) => id.length));
  for (const id of result.sections) {
    const section = guide.sections.find((s) => s.id === id);
    out.push(...lines(`backpain read ${id.padEnd(pad)}  ${style.dim(section?.title ?? '')}`.trimEnd(), width, 2));
  }
  out.push('', ...lines(style.dim(articleCredit(guide.sources)), width), ...lines(style.strong(guide.sources.disclaimer), width));
  return `${out.join('\n')}\n`;
}

/** `check --questions` for people: each question with its id and kind. */
export function questionsLayout(questions: readonly Question[], style: Style, width: number): string {
  return `${questions.map((q) => [...lines(`${style.id(q.id)}  ${style.dim(`[${q.kind}, ${q.tier}]`)}`, width), ...lines(isWarningQuestion(q.kind) ? `${WARNING_MARK} ${q.text}` : q.text, width, 2)].join('\n')).join('\n')}\n`;
}
