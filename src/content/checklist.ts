import { ContentError } from './errors.js';
import { requireFields, splitFrontMatter } from './front-matter.js';
import { URGENCIES, type Checklist, type ContentFile, type Urgency } from './types.js';

export const CHECKLIST_FILE = 'checklist.md';

function isUrgency(value: string): value is Urgency {
  return (URGENCIES as readonly string[]).includes(value);
}

/**
 * Parses `checklist.md`: one-line messages in front matter, then a `### <urgency>` heading per
 * urgency level with the advice steps as bullets.
 */
export function parseChecklistFile(file: ContentFile): Checklist {
  const { fields, body, bodyLine } = splitFrontMatter(file.name, file.text);
  requireFields(file.name, fields, ['title', 'intro', 'symptoms_found', 'no_symptoms', 'risk_factors_found', 'no_risk_factors']);
  const advice: Partial<Record<Urgency, string[]>> = {};
  let current: string[] | null = null;
  body.split('\n').forEach((line, index) => {
    const lineNo = bodyLine + index;
    const heading = /^### (.+)$/.exec(line);
    if (heading?.[1] !== undefined) {
      const name = heading[1].trim();
      if (!isUrgency(name)) throw new ContentError(file.name, lineNo, `'${name}' is not an urgency (${URGENCIES.join(', ')})`);
      if (advice[name]) throw new ContentError(file.name, lineNo, `'${name}' is given twice`);
      current = advice[name] = [];
      return;
    }
    if (line.trim() === '') return;
    const step = /^- (\S.*)$/.exec(line);
    if (step?.[1] && current) current.push(step[1]);
    else if (/^ {2}\S/.test(line) && current && current.length > 0) current[current.length - 1] += ` ${line.trim()}`;
    else throw new ContentError(file.name, lineNo, "expected '### <urgency>' or a '- ' advice step under one");
  });
  const missing = URGENCIES.find((u) => !advice[u]?.length);
  if (missing) throw new ContentError(file.name, 0, `no advice steps for '${missing}'`);
  return {
    intro: fields.get('intro') ?? '',
    symptomsFound: fields.get('symptoms_found') ?? '',
    noSymptoms: fields.get('no_symptoms') ?? '',
    riskFactorsFound: fields.get('risk_factors_found') ?? '',
    noRiskFactors: fields.get('no_risk_factors') ?? '',
    advice: { emergency: advice.emergency ?? [], 'see-doctor': advice['see-doctor'] ?? [], 'self-care': advice['self-care'] ?? [] },
  };
}
