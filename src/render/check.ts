import type { Guide } from '../content/types.js';
import type { Question } from '../check/questions.js';
import type { Assessment, Reason } from '../check/score.js';
import { WARNING_MARK } from '../content/item-markdown.js';
import type { Messages } from '../messages/en.js';
import { fill } from '../messages/fill.js';
import { basedOn } from './credit.js';
import { columns } from './layout.js';
import type { Style } from './style.js';
import { indented } from './wrap.js';

/** Where the person is, as far as the locale tells: the emergency number to lead with, or none known. */
export interface Place {
  /** The one number for the person's region (`911`), or '' when the region is not known. */
  number: string;
}

/**
 * The checklist result for people: what to do now first (the number for where the person is),
 * then what reached that urgency and what it can mean (each sign by its own cause), then what
 * else to tell whoever they speak to, then what to read next. No publisher's line: the credit
 * is the article's title, author and date.
 */
export function checkLayout(result: Assessment, questions: readonly Question[], guide: Guide, m: Messages, style: Style, width: number, place: Place): string {
  const { checklist } = guide;
  const byId = new Map(questions.map((q) => [q.id, q]));
  const tier = checklist.tiers[result.urgency];
  const number = place.number || checklist.numberAny;
  const withNumber = (text: string): string => fill(text, { number });
  const out: string[] = [];
  const heading = (text: string): void => void out.push('', ...indented(style.heading(text), width));
  const headline = `${tier.label}: ${withNumber(tier.action)}`;
  const top = result.reasons.filter((r) => r.tier === result.urgency);
  const nameOf = (r: Reason): string => {
    if (r.by === 'rule') return fill(m.check.youAnswered, { name: checklist.rules.find((x) => x.id === r.id)?.name ?? r.id });
    const q = byId.get(r.id);
    if (q?.type === 'choice') return fill(m.check.youChose, { name: q.name, choice: q.choices.find((c) => c.id === result.answers[q.id])?.text ?? '' });
    return fill(r.notSure ? m.check.youSaidNotSure : m.check.youSaidYes, { name: q?.name ?? r.id });
  };
  const causes = [...new Set(top.map((r) => r.cause).filter(Boolean))].flatMap((id) => checklist.causes.find((c) => c.id === id) ?? []);
  const warn = result.urgency === 'emergency' || result.urgency === 'urgent';
  if (warn) {
    out.push(...indented(style.warn(`${WARNING_MARK} ${headline}`), width));
    for (const r of top) out.push(...indented(style.warn(`${WARNING_MARK} ${nameOf(r)}`), width));
  } else {
    out.push(...indented(style.title(headline), width));
    for (const r of top) out.push(...indented(nameOf(r), width));
  }
  const steps = result.advice.map(withNumber);
  if (result.urgency === 'emergency' && !place.number) steps.splice(1, 0, checklist.numbersWhere);
  steps.forEach((step, i) => out.push(...indented(`${i + 1}. ${step}`, width, 2)));
  if (causes.length > 0) {
    heading(m.check.whatItMeans);
    for (const cause of causes) out.push(...indented(`- ${withNumber(cause.text)}`, width, 2));
  }
  if (result.alsoTell.length > 0) {
    heading(m.check.alsoTell);
    for (const line of result.alsoTell) out.push(...indented(`- ${withNumber(line)}`, width, 2));
  }
  if (result.urgency !== 'emergency') {
    heading(m.check.suggests);
    const named = (ids: readonly string[]): Question[] => ids.flatMap((id) => byId.get(id) ?? []);
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
  out.push('', ...indented(style.dim(basedOn(guide.sources, m.credit)), width), ...indented(style.strong(guide.sources.disclaimer), width));
  return `${out.join('\n')}\n`;
}

/** `check --questions` for people: each question with its id, kind, type and tier, and what it asks. */
export function questionsLayout(questions: readonly Question[], style: Style, width: number): string {
  const entry = (q: Question): string => {
    const choices = q.choices.map((c) => `  - ${c.id}: ${c.text} (${c.tier})`);
    const header = `${style.id(q.id)}  ${style.dim(`[${q.kind}, ${q.type}, ${q.tier}]`)}`;
    return [...indented(header, width), ...indented(q.lead ? `${q.lead} ${q.text}` : q.text, width, 2), ...(q.hint ? indented(q.hint, width, 2) : []), ...choices.flatMap((c) => indented(c, width, 4))].join('\n');
  };
  return `${questions.map(entry).join('\n')}\n`;
}
