import { ContentError } from './errors.js';
import { requireFields, splitFrontMatter } from './front-matter.js';
import { URGENCIES, type Checklist, type ContentFile, type Tier, type Urgency } from './types.js';

export const CHECKLIST_FILE = 'checklist.md';

const TIER_KEYS = { Label: 'label', Action: 'action', List: 'listLine', Read: 'read' } as const;
type TierKey = keyof typeof TIER_KEYS;

function isUrgency(value: string): value is Urgency {
  return (URGENCIES as readonly string[]).includes(value);
}

interface DraftTier {
  label: string;
  action: string;
  listLine: string;
  read: string;
  steps: string[];
}

const emptyTier = (): DraftTier => ({ label: '', action: '', listLine: '', read: '', steps: [] });

/**
 * Parses `checklist.md`: one-line messages in front matter, then a `### <urgency>` block per
 * urgency: `Label:`, `Action:`, an optional `List:` and `Read:` lines, then the steps as bullets.
 */
export function parseChecklistFile(file: ContentFile): Checklist {
  const { fields, body, bodyLine } = splitFrontMatter(file.name, file.text);
  requireFields(file.name, fields, ['title', 'intro', 'risk_prompt', 'symptoms_found', 'no_symptoms', 'risk_factors_found', 'no_risk_factors']);
  const tiers: Partial<Record<Urgency, DraftTier>> = {};
  let current: DraftTier | null = null;
  body.split('\n').forEach((line, index) => {
    const lineNo = bodyLine + index;
    const heading = /^### (.+)$/.exec(line);
    if (heading?.[1] !== undefined) {
      const name = heading[1].trim();
      if (!isUrgency(name)) throw new ContentError(file.name, lineNo, `'${name}' is not an urgency (${URGENCIES.join(', ')})`);
      if (tiers[name]) throw new ContentError(file.name, lineNo, `'${name}' is given twice`);
      current = tiers[name] = emptyTier();
      return;
    }
    if (line.trim() === '') return;
    const keyed = /^(Label|Action|List|Read): (\S.*)$/.exec(line);
    const step = /^- (\S.*)$/.exec(line);
    if (keyed?.[1] && keyed[2] && current) {
      if (current.steps.length > 0) throw new ContentError(file.name, lineNo, `'${keyed[1]}:' comes before the steps`);
      const field = TIER_KEYS[keyed[1] as TierKey];
      if (current[field]) throw new ContentError(file.name, lineNo, `'${keyed[1]}:' is given twice`);
      current[field] = keyed[2].trim();
    } else if (step?.[1] && current) current.steps.push(step[1]);
    else if (/^ {2}\S/.test(line) && current && current.steps.length > 0) current.steps[current.steps.length - 1] += ` ${line.trim()}`;
    else throw new ContentError(file.name, lineNo, "expected '### <urgency>', a 'Label:', 'Action:', 'List:' or 'Read:' line, or a '- ' step under one");
  });
  const done = {} as Record<Urgency, Tier>;
  for (const urgency of URGENCIES) {
    const tier = tiers[urgency];
    if (!tier?.steps.length) throw new ContentError(file.name, 0, `no steps for '${urgency}'`);
    if (!tier.label || !tier.action) throw new ContentError(file.name, 0, `'${urgency}' needs a 'Label:' and an 'Action:' line`);
    done[urgency] = { label: tier.label, action: tier.action, listLine: tier.listLine, read: tier.read.split(/[\s,]+/).filter(Boolean), steps: tier.steps };
  }
  return {
    intro: fields.get('intro') ?? '',
    riskPrompt: fields.get('risk_prompt') ?? '',
    symptomsFound: fields.get('symptoms_found') ?? '',
    noSymptoms: fields.get('no_symptoms') ?? '',
    riskFactorsFound: fields.get('risk_factors_found') ?? '',
    noRiskFactors: fields.get('no_risk_factors') ?? '',
    tiers: done,
  };
}
