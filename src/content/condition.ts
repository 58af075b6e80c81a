// When a checklist question is asked, and when a rule applies: a small condition written in
// content ("minor-injury and age>70", "fever or burning-pee"), checked at build time so a
// misspelt id fails the build. Evaluated by src/check/conditions.ts.

/** One test of one answer. `yes`: answered yes or "not sure"; `=`/`!=`: one of `values`; `<`/`>`: a number. */
export type Term = { id: string; op: 'yes' } | { id: string; op: '=' | '!='; values: string[] } | { id: string; op: '<' | '>'; value: number };

/** Any of the clauses, each true when all its terms are. */
export type Condition = Term[][];

const SLUG = '[a-z0-9]+(?:-[a-z0-9]+)*';
const TERM = new RegExp(`^(${SLUG})(?:(!=|=|<|>)(.+))?$`);
const VALUE = new RegExp(`^${SLUG}$`);

function term(text: string): Term | string {
  const match = TERM.exec(text);
  if (!match?.[1]) return `'${text}' is not a condition (id, id=value, id!=value, id<number or id>number)`;
  const [, id, op, value = ''] = match;
  if (!op) return { id, op: 'yes' };
  if (op === '<' || op === '>') {
    const n = Number(value);
    return Number.isInteger(n) ? { id, op, value: n } : `'${text}': '${value}' is not a whole number`;
  }
  const values = value.split('|');
  const bad = values.find((v) => !VALUE.test(v));
  return bad === undefined ? { id, op: op === '=' ? '=' : '!=', values } : `'${text}': '${bad}' is not an answer id`;
}

/** Parses "a and b>3 or c=x|y"; a string is what is wrong with it. */
export function parseCondition(text: string): Condition | string {
  const clauses: Term[][] = [];
  for (const clause of text.trim().split(/\s+or\s+/)) {
    const terms: Term[] = [];
    for (const part of clause.split(/\s+and\s+/)) {
      const t = term(part.trim());
      if (typeof t === 'string') return t;
      terms.push(t);
    }
    clauses.push(terms);
  }
  return clauses;
}

/** Every id a condition names. */
export function idsOf(condition: Condition): string[] {
  return condition.flatMap((clause) => clause.map((t) => t.id));
}
