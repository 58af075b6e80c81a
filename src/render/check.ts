import type { Guide } from '../content/types.js';
import type { Question } from '../check/questions.js';
import type { Assessment } from '../check/score.js';
import { mustAnswer } from '../check/tiers.js';
import { WARNING_MARK } from '../content/item-markdown.js';
import type { Messages } from '../messages/en.js';
import { fill } from '../messages/fill.js';
import { articleCredit } from './credit.js';
import { columns } from './layout.js';
import type { Style } from './style.js';
import { indented } from './wrap.js';

/** The checklist result for people: the action first, then why, then what to read next. */
export function checkLayout(result: Assessment, questions: readonly Question[], guide: Guide, m: Messages, style: Style, width: number): string {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const named = (ids: readonly string[]): Question[] => ids.flatMap((id) => byId.get(id) ?? []);
  const { checklist } = guide;
  const tier = checklist.tiers[result.urgency];
  const out: string[] = [];
  const heading = (text: string): void => void out.push('', ...indented(style.heading(text), width));
  const headline = `${tier.label}: ${tier.action}`;
  if (mustAnswer(result.urgency)) {
    out.push(...indented(style.warn(`${WARNING_MARK} ${headline}`), width));
    for (const q of named([...result.redFlags, ...result.urgentSigns])) out.push(...indented(style.warn(`${WARNING_MARK} ${fill(m.check.youSaidYes, { name: q.name })}`), width));
  } else {
    out.push(...indented(style.title(headline), width));
  }
  result.advice.forEach((step, i) => out.push(...indented(`${i + 1}. ${step}`, width, 2)));
  if (result.urgency !== 'emergency') {
    heading(m.check.suggests);
    const symptoms = named(result.symptoms);
    out.push(...indented(symptoms.length ? checklist.symptomsFound : checklist.noSymptoms, width, 2));
    for (const q of symptoms) out.push(...indented(`- ${q.name}`, width, 2));
    const risks = named(result.riskFactors);
    out.push('', ...indented(risks.length ? checklist.riskFactorsFound : checklist.noRiskFactors, width, 2));
    for (const q of risks) out.push(...indented(`- ${style.strong(q.name)}: ${q.summary}`, width, 2));
  }
  heading(m.check.readNext);
  const titles = result.sections.map((id): [string, string] => [`backpain read ${id}`, style.dim(guide.sections.find((s) => s.id === id)?.title ?? '')]);
  out.push(...columns(titles, width, 2));
  out.push('', ...indented(style.dim(articleCredit(guide.sources, m.credit)), width), ...indented(style.strong(guide.sources.disclaimer), width));
  return `${out.join('\n')}\n`;
}

/** `check --questions` for people: each question with its id, kind and tier. */
export function questionsLayout(questions: readonly Question[], style: Style, width: number): string {
  const entry = (q: Question): string => [...indented(`${style.id(q.id)}  ${style.dim(`[${q.kind}, ${q.tier}]`)}`, width), ...indented(q.lead ? `${q.lead} ${q.text}` : q.text, width, 2)].join('\n');
  return `${questions.map(entry).join('\n')}\n`;
}
