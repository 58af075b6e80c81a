import { parseCondition, type Condition } from './condition.js';
import { ContentError } from './errors.js';
import { requireFields, splitFrontMatter } from './front-matter.js';
import { URGENCIES, type Cause, type Checklist, type ContentFile, type OwnQuestion, type Rule, type Tier, type Urgency } from './types.js';

export const CHECKLIST_FILE = 'checklist.md';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const BLOCK_KINDS = ['question', 'rule', 'cause'] as const;
type BlockKind = (typeof BLOCK_KINDS)[number];

function isUrgency(value: string): value is Urgency {
  return (URGENCIES as readonly string[]).includes(value);
}

/** One `### ...` block as written: its `Key: value` lines and its `- ` bullets. */
interface Block {
  kind: BlockKind | 'tier' | 'not-sure';
  id: string;
  line: number;
  fields: Map<string, string>;
  bullets: string[];
}

/** `### emergency`, `### not-sure`, `### question age`, `### rule name`, `### cause name`. */
function blockOf(name: string, line: number): Block {
  const [kind = '', id = '', ...rest] = name.split(' ');
  const block = (k: Block['kind'], i: string): Block => ({ kind: k, id: i, line, fields: new Map(), bullets: [] });
  if (!id && isUrgency(kind)) return block('tier', kind);
  if (!id && kind === 'not-sure') return block('not-sure', kind);
  if ((BLOCK_KINDS as readonly string[]).includes(kind) && SLUG.test(id) && rest.length === 0) return block(kind as BlockKind, id);
  throw new ContentError(CHECKLIST_FILE, line, `'${name}' is not an urgency (${URGENCIES.join(', ')}), nor 'not-sure', nor 'question', 'rule' or 'cause' and an id`);
}

function blocksOf(body: string, bodyLine: number): Block[] {
  const blocks: Block[] = [];
  let current: Block | undefined;
  body.split('\n').forEach((line, index) => {
    const lineNo = bodyLine + index;
    const heading = /^### (.+)$/.exec(line);
    if (heading?.[1] !== undefined) {
      current = blockOf(heading[1].trim(), lineNo);
      if (blocks.some((b) => b.kind === current?.kind && b.id === current.id)) throw new ContentError(CHECKLIST_FILE, lineNo, `'${heading[1].trim()}' is given twice`);
      blocks.push(current);
      return;
    }
    if (line.trim() === '') return;
    const keyed = /^([A-Z][a-z]+): (\S.*)$/.exec(line);
    const bullet = /^- (\S.*)$/.exec(line);
    if (keyed?.[1] && keyed[2] && current) {
      if (current.bullets.length > 0) throw new ContentError(CHECKLIST_FILE, lineNo, `'${keyed[1]}:' comes before the steps (the '- ' lines)`);
      if (current.fields.has(keyed[1])) throw new ContentError(CHECKLIST_FILE, lineNo, `'${keyed[1]}:' is given twice`);
      current.fields.set(keyed[1], keyed[2].trim());
    } else if (bullet?.[1] && current) current.bullets.push(bullet[1]);
    else if (/^ {2}\S/.test(line) && current && current.bullets.length > 0) current.bullets[current.bullets.length - 1] += ` ${line.trim()}`;
    else throw new ContentError(CHECKLIST_FILE, lineNo, "expected a '### ' block, a 'Key: value' line, or a '- ' line under one");
  });
  return blocks;
}

/** The fields a block may have; `required` must be there. */
function fieldsOf(block: Block, allowed: readonly string[], required: readonly string[]): (key: string) => string {
  for (const key of block.fields.keys()) {
    if (!allowed.includes(key)) throw new ContentError(CHECKLIST_FILE, block.line, `'${block.id}' has '${key}:', which is not one of ${allowed.join(', ')}`);
  }
  const missing = required.find((key) => !block.fields.get(key));
  if (missing) throw new ContentError(CHECKLIST_FILE, block.line, `'${block.id}' needs a '${missing}:' line`);
  return (key) => block.fields.get(key) ?? '';
}

function conditionOf(block: Block, text: string): Condition | null {
  if (!text) return null;
  const condition = parseCondition(text);
  if (typeof condition === 'string') throw new ContentError(CHECKLIST_FILE, block.line, `'${block.id}': ${condition}`);
  return condition;
}

function urgencyOf(block: Block, text: string, what: string): Urgency | undefined {
  if (!text) return undefined;
  if (!isUrgency(text)) throw new ContentError(CHECKLIST_FILE, block.line, `'${block.id}': ${what} '${text}' is not one of ${URGENCIES.join(', ')}`);
  return text;
}

function tierOf(block: Block): Tier {
  if (!block.fields.get('Label') || !block.fields.get('Action')) throw new ContentError(CHECKLIST_FILE, block.line, `'${block.id}' needs a 'Label:' and an 'Action:' line`);
  const get = fieldsOf(block, ['Label', 'Action', 'List', 'Read'], []);
  if (block.bullets.length === 0) throw new ContentError(CHECKLIST_FILE, block.line, `no steps for '${block.id}'`);
  return { label: get('Label'), action: get('Action'), listLine: get('List'), read: get('Read').split(/[\s,]+/).filter(Boolean), steps: block.bullets };
}

/** `- {#id tier=urgent}: The words of the choice.` */
function choiceOf(block: Block, bullet: string): OwnQuestion['choices'][number] {
  const match = /^\{#([a-z0-9]+(?:-[a-z0-9]+)*)(?: tier=([a-z-]+))?\}: (\S.*)$/.exec(bullet);
  if (!match?.[1] || !match[3]) throw new ContentError(CHECKLIST_FILE, block.line, `'${block.id}': a choice is '- {#id}: words' or '- {#id tier=urgency}: words'`);
  if (match[1] === 'not-sure') throw new ContentError(CHECKLIST_FILE, block.line, `'${block.id}': 'not-sure' is an answer of its own, not a choice id`);
  const tier = urgencyOf(block, match[2] ?? '', 'tier');
  return { id: match[1], text: match[3], ...(tier ? { tier } : {}) };
}

function questionOf(block: Block): OwnQuestion {
  const get = fieldsOf(block, ['Type', 'Ask', 'Hint', 'Name', 'Place', 'When', 'Range', 'Tier'], ['Type', 'Ask', 'Name', 'Place']);
  const type = get('Type');
  if (type !== 'yes-no' && type !== 'number' && type !== 'choice') throw new ContentError(CHECKLIST_FILE, block.line, `'${block.id}': type '${type}' is not yes-no, number or choice`);
  const place = get('Place');
  if (place !== 'first' && place !== 'last') throw new ContentError(CHECKLIST_FILE, block.line, `'${block.id}': place '${place}' is not first or last`);
  const choices = block.bullets.map((b) => choiceOf(block, b));
  if ((type === 'choice') !== choices.length > 1) throw new ContentError(CHECKLIST_FILE, block.line, `'${block.id}': a choice question lists two or more choices, and only it`);
  const range = /^(\d+)-(\d+)$/.exec(get('Range'));
  if ((type === 'number') !== Boolean(range)) throw new ContentError(CHECKLIST_FILE, block.line, `'${block.id}': a number question, and only it, gives 'Range: min-max'`);
  const tier = urgencyOf(block, get('Tier'), 'tier');
  if (tier && type !== 'yes-no') throw new ContentError(CHECKLIST_FILE, block.line, `'${block.id}': 'Tier:' is for yes-no questions (a choice gives each choice its tier)`);
  return {
    id: block.id,
    type,
    text: get('Ask'),
    hint: get('Hint'),
    name: get('Name'),
    place,
    when: conditionOf(block, get('When')),
    choices,
    min: Number(range?.[1] ?? 0),
    max: Number(range?.[2] ?? 0),
    ...(tier ? { tier } : {}),
  };
}

function ruleOf(block: Block): Rule {
  const get = fieldsOf(block, ['Name', 'When', 'Tier', 'Cause', 'Advice'], ['Name', 'When', 'Tier']);
  return { id: block.id, name: get('Name'), when: conditionOf(block, get('When')) ?? [], tier: urgencyOf(block, get('Tier'), 'tier') ?? 'self-care', cause: get('Cause'), advice: get('Advice') };
}

function causeOf(block: Block): Cause {
  const get = fieldsOf(block, ['First', 'Text'], ['Text']);
  return { id: block.id, first: get('First'), text: get('Text') };
}

/** `GB=999 US=911`: the emergency number of each region. */
function numbersOf(text: string): Record<string, string> {
  const numbers: Record<string, string> = {};
  for (const pair of text.split(/\s+/).filter(Boolean)) {
    const match = /^([A-Z]{2})=(\d{2,4})$/.exec(pair);
    if (!match?.[1] || !match[2]) throw new ContentError(CHECKLIST_FILE, 0, `numbers: '${pair}' is not REGION=number (GB=999)`);
    numbers[match[1]] = match[2];
  }
  return numbers;
}

/**
 * Parses `checklist.md`: one-line messages in front matter, a `### <urgency>` block per urgency
 * (`Label:`, `Action:`, optional `List:` and `Read:`, then the steps), `### not-sure` (its steps),
 * and the checklist's own questions, rules and causes (`### question <id>`, `### rule <id>`,
 * `### cause <id>`; content/FORMAT.md).
 */
export function parseChecklistFile(file: ContentFile): Checklist {
  const { fields, body, bodyLine } = splitFrontMatter(file.name, file.text);
  requireFields(file.name, fields, ['title', 'intro', 'risk_prompt', 'symptoms_found', 'no_symptoms', 'risk_factors_found', 'no_risk_factors', 'new_question', 'numbers', 'number_any', 'numbers_where'], ['new_hint']);
  const blocks = blocksOf(body, bodyLine);
  const ofKind = (kind: Block['kind']): Block[] => blocks.filter((b) => b.kind === kind);
  const tiers = {} as Record<Urgency, Tier>;
  for (const urgency of URGENCIES) {
    const block = blocks.find((b) => b.kind === 'tier' && b.id === urgency);
    if (!block) throw new ContentError(file.name, 0, `no steps for '${urgency}'`);
    tiers[urgency] = tierOf(block);
  }
  const notSure = ofKind('not-sure')[0];
  if (!notSure?.bullets.length) throw new ContentError(file.name, 0, "'### not-sure' needs its steps");
  return {
    intro: fields.get('intro') ?? '',
    newQuestion: fields.get('new_question') ?? '',
    newHint: fields.get('new_hint') ?? '',
    notSure: notSure.bullets,
    numbers: numbersOf(fields.get('numbers') ?? ''),
    numberAny: fields.get('number_any') ?? '',
    numbersWhere: fields.get('numbers_where') ?? '',
    questions: ofKind('question').map(questionOf),
    rules: ofKind('rule').map(ruleOf),
    causes: ofKind('cause').map(causeOf),
    riskPrompt: fields.get('risk_prompt') ?? '',
    symptomsFound: fields.get('symptoms_found') ?? '',
    noSymptoms: fields.get('no_symptoms') ?? '',
    riskFactorsFound: fields.get('risk_factors_found') ?? '',
    noRiskFactors: fields.get('no_risk_factors') ?? '',
    tiers,
  };
}
