import type { Condition } from '../content/condition.js';
import { ASKED_LISTS, LIST_KIND_INFO, type QuestionKind } from '../content/list-kinds.js';
import type { Checklist, Guide, ListItem, OwnQuestion, Urgency } from '../content/types.js';
import { tierLead, tierOf } from '../content/tiers.js';
import { notSureTier } from './tiers.js';

export { QUESTION_KINDS, type QuestionKind } from '../content/list-kinds.js';

type QuestionType = 'yes-no' | 'number' | 'choice';

export interface Question {
  id: string;
  kind: QuestionKind;
  type: QuestionType;
  /** The question, from the item's `Ask:` line (or the checklist's own). */
  text: string;
  /** A second line under it; '' for none. */
  hint: string;
  /** The item it asks about: its name and one-line summary (why it matters). */
  name: string;
  summary: string;
  /** The urgency a "yes" reaches (self-care for a question that raises none on its own). */
  tier: Urgency;
  /** The urgency a "not sure" reaches (warning signs only): at least today, more where the content says. */
  unsure: Urgency;
  /** The urgency a "yes" reaches when the person says it is not new; asks `<id>-new` after a "yes". */
  old?: Urgency;
  /** For `choice`: the choices, each with the urgency it reaches. */
  choices: { id: string; text: string; tier: Urgency }[];
  /** For `number`: the answers taken. */
  min: number;
  max: number;
  /** What to do when the answer is "yes", beyond the tier's steps; empty for nothing more. */
  advice: string;
  /** `one`: asked on its own; `many`: ticked in one multi-select with the others of its list. */
  ask: 'one' | 'many';
  /** The section that explains it; '' for the checklist's own. */
  section: string;
  /** How it is marked as a warning sign ("[!] Emergency:"), '' for a question that is not one. */
  lead: string;
  /** Asked only when this holds; null: always. */
  when: Condition | null;
  /** The id of the sign this asks "is it new?" about; '' for any other question. */
  newOf: string;
  /** The cause that explains a "yes"; '' for none. */
  cause: string;
  /** A warning sign: it must be answered (no default) and "not sure" is an answer. */
  warning: boolean;
}

const blank = (): Pick<Question, 'hint' | 'summary' | 'choices' | 'min' | 'max' | 'advice' | 'ask' | 'section' | 'lead' | 'when' | 'newOf' | 'cause' | 'warning'> => ({
  hint: '',
  summary: '',
  choices: [],
  min: 0,
  max: 0,
  advice: '',
  ask: 'one',
  section: '',
  lead: '',
  when: null,
  newOf: '',
  cause: '',
  warning: false,
});

function fromItem(kind: QuestionKind, ask: Question['ask'], section: string, lead: string, warning: boolean, item: ListItem): Question {
  return {
    ...blank(),
    id: item.id,
    kind,
    type: 'yes-no',
    text: item.question,
    hint: item.hint,
    name: item.name,
    summary: item.summary,
    tier: tierOf(kind, item.tier),
    unsure: item.unsure ?? notSureTier(tierOf(kind, item.tier)),
    ...(item.old ? { old: item.old } : {}),
    advice: item.advice,
    ask,
    section,
    lead,
    when: item.when,
    cause: item.cause,
    warning,
  };
}

/** "Is this new, or has it changed?", asked right after a "yes" to a sign that has `old=`. */
function newQuestion(sign: Question, checklist: Checklist): Question {
  return { ...blank(), id: `${sign.id}-new`, kind: sign.kind, type: 'yes-no', text: checklist.newQuestion, hint: checklist.newHint, name: sign.name, tier: sign.tier, unsure: sign.tier, lead: sign.lead, when: [[{ id: sign.id, op: '=', values: ['yes'] }]], newOf: sign.id, warning: sign.warning };
}

function fromOwn(q: OwnQuestion): Question {
  return {
    ...blank(),
    id: q.id,
    kind: 'about-you',
    type: q.type,
    text: q.text,
    hint: q.hint,
    name: q.name,
    tier: q.tier ?? 'self-care',
    unsure: q.tier ?? 'self-care',
    choices: q.choices.map((c) => ({ ...c, tier: c.tier ?? 'self-care' })),
    min: q.min,
    max: q.max,
    when: q.when,
  };
}

/**
 * Every checklist question, in the order it is asked: the checklist's own `first` questions
 * (age), the warning signs (emergency signs first), the symptoms, the checklist's own `last`
 * questions (how long, which way), then the multi-select lists. A follow-up stands right after
 * what it follows, as the content places it.
 */
export function checklistQuestions(guide: Guide): Question[] {
  const { checklist } = guide;
  const own = (place: OwnQuestion['place']): Question[] => checklist.questions.filter((q) => q.place === place).map(fromOwn);
  const listed = (ask: 'one' | 'many'): Question[] =>
    ASKED_LISTS.flatMap((list) => {
      const { question, ask: how = 'one', warning } = LIST_KIND_INFO[list];
      if (!question || how !== ask) return [];
      // Only the sections that hold the list: a section's items are read from disk when first touched.
      const holding = guide.sections.filter((section) => section.lists.includes(list));
      return holding.flatMap((section) =>
        section.items
          .filter((item) => item.list === list && item.question !== '')
          .flatMap((item) => {
            const q = fromItem(question, how, section.id, warning ? tierLead(checklist, tierOf(question, item.tier)) : '', warning, item);
            return q.old ? [q, newQuestion(q, checklist)] : [q];
          }),
      );
    });
  return [...own('first'), ...listed('one'), ...own('last'), ...listed('many')];
}

/**
 * What is wrong with the order of the questions: a `When:` that names a question asked later
 * (or the question itself) would never hold when it is asked. The build fails on any.
 */
export function orderProblems(questions: readonly Question[]): string[] {
  const before = new Set<string>();
  const problems: string[] = [];
  for (const q of questions) {
    for (const id of (q.when ?? []).flatMap((clause) => clause.map((t) => t.id))) {
      if (!before.has(id)) problems.push(`'${q.id}' is asked when '${id}' is answered, but '${id}' is not asked before it`);
    }
    before.add(q.id);
  }
  return problems;
}
