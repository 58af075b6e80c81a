import { parseBody, type BodyLine, type RawItem } from './body.js';
import { CHECKLIST_FILE, parseChecklistFile } from './checklist.js';
import { idsOf } from './condition.js';
import { ContentError } from './errors.js';
import { itemMarkdown, proseNoteMarkdown, type NoteLead } from './item-markdown.js';
import { requireFields, splitFrontMatter } from './front-matter.js';
import { warningLead } from './tiers.js';
import { ASKED_LISTS, LIST_KIND_INFO, isListKind } from './list-kinds.js';
import { LIST_KINDS, URGENCIES, type Checklist, type ContentFile, type Guide, type Handout, type HandoutPart, type ListItem, type Pages, type Segment, type ListKind, type Note, type Reference, type Section, type Sources, type Urgency } from './types.js';

const SOURCES_FILE = 'sources.md';
const HANDOUT_FILE = 'handout.md';
const ARTICLE = 'article';
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A list item with the list it belongs to known. */
interface DraftItem extends RawItem {
  list: ListKind;
}

interface DraftSection {
  file: string;
  id: string;
  number: number;
  title: string;
  lists: ListKind[];
  lines: BodyLine[];
  items: DraftItem[];
  noteSources: { source: string; line: number }[];
  notes: Note[];
}

/** `list: red-flags urgent-signs`: the lists a section holds, each a known kind, given once. */
function listsOf(file: string, field: string | undefined): ListKind[] {
  const names = (field ?? '').split(/[\s,]+/).filter(Boolean);
  const lists: ListKind[] = [];
  for (const name of names) {
    if (!isListKind(name)) throw new ContentError(file, 0, `list '${name}' is not one of ${LIST_KINDS.join(', ')}`);
    if (lists.includes(name)) throw new ContentError(file, 0, `list '${name}' is named twice`);
    lists.push(name);
  }
  return lists;
}

/** The list an item belongs to: its `list=`, which a section of several lists requires. */
function itemList(file: string, item: RawItem, lists: readonly ListKind[]): ListKind {
  const [only] = lists;
  if (!only) throw new ContentError(file, item.line, `list item '${item.id}' in a section without 'list:' in its front matter`);
  // In a section of several lists, an item without `list=` is in the first.
  if (!item.listName) return only;
  const named = lists.find((l) => l === item.listName);
  if (!named) throw new ContentError(file, item.line, `item '${item.id}': list '${item.listName}' is not one of this section's lists (${lists.join(', ')})`);
  return named;
}

function isUrgency(value: string): value is Urgency {
  return (URGENCIES as readonly string[]).includes(value);
}

/** Parses one `NN-id.md` section file; sources are checked later, by `parseGuide`. */
function parseSectionFile(file: ContentFile): DraftSection {
  const { fields, body, bodyLine } = splitFrontMatter(file.name, file.text);
  requireFields(file.name, fields, ['id', 'title', 'order'], ['list']);
  const id = fields.get('id') ?? '';
  if (!SLUG.test(id)) throw new ContentError(file.name, 0, `id '${id}' is not a slug (lowercase letters, digits, hyphens)`);
  const order = Number(fields.get('order'));
  if (!Number.isInteger(order) || order < 1) throw new ContentError(file.name, 0, `order '${fields.get('order') ?? ''}' is not a whole number from 1`);
  const expectedName = `${String(order).padStart(2, '0')}-${id}.md`;
  if (file.name !== expectedName) throw new ContentError(file.name, 0, `file name should be '${expectedName}' to match its order and id`);
  const lists = listsOf(file.name, fields.get('list'));
  const parsed = parseBody(file.name, body, bodyLine);
  const items: DraftItem[] = parsed.items.map((item) => ({ ...item, list: itemList(file.name, item, lists) }));
  const empty = lists.find((l) => !items.some((item) => item.list === l));
  if (empty) throw new ContentError(file.name, 0, `section declares 'list: ${empty}' but has no items in it`);
  const seen = new Set<string>();
  for (const item of items) {
    if (seen.has(item.id)) throw new ContentError(file.name, item.line, `item id '${item.id}' is used twice`);
    seen.add(item.id);
    if (!item.source) throw new ContentError(file.name, item.line, `item '${item.id}' needs a source (source=article or a reference id)`);
    if (item.supports) throw new ContentError(file.name, item.line, `item '${item.id}': 'Supports:' belongs in ${SOURCES_FILE} only`);
    for (const [key, value] of [['tier', item.tierName], ['old', item.oldName], ['unsure', item.unsureName]] as const) {
      if (value && !isUrgency(value)) throw new ContentError(file.name, item.line, `item '${item.id}': ${key} '${value}' is not one of ${URGENCIES.join(', ')}`);
    }
    if ((item.tierName || item.oldName || item.unsureName || item.cause || item.advice || item.hint || item.when) && !ASKED_LISTS.includes(item.list)) {
      throw new ContentError(file.name, item.line, `item '${item.id}': 'tier=', 'old=', 'unsure=', 'cause=', 'Advice:', 'Hint:' and 'When:' are for the lists the checklist asks (${ASKED_LISTS.join(', ')})`);
    }
  }
  return {
    file: file.name,
    id,
    number: order,
    title: fields.get('title') ?? '',
    lists,
    lines: parsed.lines,
    items,
    noteSources: [
      ...parsed.notes.map((n) => ({ source: n.source, line: n.line })),
      ...parsed.items.flatMap((item) => item.notes.map((n) => ({ source: n.source, line: item.line }))),
    ],
    notes: parsed.notes.map(({ source, text }) => ({ source, text })),
  };
}

/**
 * Parses `handout.md`: the handouts' own words, which marked parts the summary and the card
 * take, in order, and which are printed in a warning box (every name must be a part the sections
 * mark, and each part is used).
 */
function parseHandoutFile(file: ContentFile, parts: readonly HandoutPart[]): Handout {
  const { fields } = splitFrontMatter(file.name, file.text);
  requireFields(file.name, fields, ['title', 'summary_title', 'card_title', 'card_note', 'figure_alt', 'figure_caption', 'summary', 'card', 'boxed']);
  const names = (key: string): string[] => (fields.get(key) ?? '').split(/[\s,]+/).filter(Boolean);
  const known = new Set(parts.map((p) => p.name));
  if (known.size !== parts.length) throw new ContentError(file.name, 0, 'two handout parts have the same name');
  for (const key of ['summary', 'card', 'boxed']) {
    const unknown = names(key).find((n) => !known.has(n));
    if (unknown) throw new ContentError(file.name, 0, `${key} names '${unknown}', which no section marks with {handout ${unknown}}`);
  }
  const used = new Set([...names('summary'), ...names('card'), ...names('boxed')]);
  const unused = parts.find((p) => !used.has(p.name));
  if (unused) throw new ContentError(file.name, 0, `the part '${unused.name}' is marked but no handout takes it and no box holds it`);
  return {
    summaryTitle: fields.get('summary_title') ?? '',
    cardTitle: fields.get('card_title') ?? '',
    cardNote: fields.get('card_note') ?? '',
    figureAlt: fields.get('figure_alt') ?? '',
    figureCaption: fields.get('figure_caption') ?? '',
    summary: names('summary'),
    card: names('card'),
    boxed: names('boxed'),
    parts: [...parts],
  };
}

/** Parses `sources.md`: the article's credit in front matter, one list item per reference. */
function parseSourcesFile(file: ContentFile): Sources {
  const { fields, body, bodyLine } = splitFrontMatter(file.name, file.text);
  const credit = ['article_title', 'article_publisher', 'article_author', 'article_author_role', 'article_date', 'article_interest', 'reviewed'] as const;
  requireFields(file.name, fields, ['title', 'guide_title', 'note_lead', 'article_label', ...credit, 'disclaimer'], ['translation']);
  if (!(fields.get('note_lead') ?? '').includes('{source}')) throw new ContentError(file.name, 0, "note_lead must say where the source's name goes: {source}");
  for (const key of ['article_date', 'reviewed'] as const) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(fields.get(key) ?? '')) throw new ContentError(file.name, 0, `${key} must be a date as YYYY-MM-DD`);
  }
  const { items } = parseBody(file.name, body, bodyLine);
  if (items.length === 0) throw new ContentError(file.name, 0, 'no references listed');
  const references: Reference[] = items.map((item) => {
    if (!item.supports) throw new ContentError(file.name, item.line, `reference '${item.id}' needs a 'Supports:' line`);
    if (item.id === ARTICLE) throw new ContentError(file.name, item.line, `'${ARTICLE}' is reserved for the article`);
    return { id: item.id, name: item.name, citation: [item.summary, item.details].filter(Boolean).join(' '), supports: item.supports };
  });
  return {
    article: {
      title: fields.get('article_title') ?? '',
      publisher: fields.get('article_publisher') ?? '',
      author: fields.get('article_author') ?? '',
      authorRole: fields.get('article_author_role') ?? '',
      date: fields.get('article_date') ?? '',
    },
    interest: fields.get('article_interest') ?? '',
    guideTitle: fields.get('guide_title') ?? '',
    noteLead: fields.get('note_lead') ?? '',
    articleLabel: fields.get('article_label') ?? '',
    translation: fields.get('translation') ?? '',
    reviewed: fields.get('reviewed') ?? '',
    disclaimer: fields.get('disclaimer') ?? '',
    references,
  };
}

/**
 * Every id a `When:` or a rule names is a question of the checklist (an item asked, its "is it
 * new?" follow-up, or the checklist's own), every cause named is one `checklist.md` explains,
 * and an id is never both an item and one of the checklist's own questions.
 */
function checkAnswerIds(items: readonly DraftItem[], checklist: Checklist): void {
  const asked = items.filter((i) => ASKED_LISTS.includes(i.list) && i.question !== '');
  const ids = new Set([...asked.map((i) => i.id), ...asked.filter((i) => i.oldName).map((i) => `${i.id}-new`), ...checklist.questions.map((q) => q.id)]);
  const clash = checklist.questions.find((q) => asked.some((i) => i.id === q.id));
  if (clash) throw new ContentError(CHECKLIST_FILE, 0, `question '${clash.id}' is also an item of the guide`);
  const causes = new Set(checklist.causes.map((c) => c.id));
  const named: { where: string; line: number; ids: string[]; cause: string }[] = [
    ...asked.map((i) => ({ where: `item '${i.id}'`, line: i.line, ids: i.when ? idsOf(i.when) : [], cause: i.cause })),
    ...checklist.questions.map((q) => ({ where: `question '${q.id}'`, line: 0, ids: q.when ? idsOf(q.when) : [], cause: '' })),
    ...checklist.rules.map((r) => ({ where: `rule '${r.id}'`, line: 0, ids: idsOf(r.when), cause: r.cause })),
  ];
  for (const { where, line, ids: used, cause } of named) {
    const unknown = used.find((id) => !ids.has(id));
    if (unknown) throw new ContentError(CHECKLIST_FILE, line, `${where}: 'When:' names '${unknown}', which the checklist does not ask`);
    if (cause && !causes.has(cause)) throw new ContentError(CHECKLIST_FILE, line, `${where}: cause '${cause}' is not explained in ${CHECKLIST_FILE} ('### cause ${cause}')`);
  }
}

/** The label a source is credited with in the guide's text. */
export function sourceLabel(sources: Sources, id: string): string {
  if (id === ARTICLE) return sources.articleLabel;
  return sources.references.find((r) => r.id === id)?.name ?? id;
}

/** How the guide introduces a note of other guidance, in its language. */
export function noteLeadOf(sources: Sources): NoteLead {
  return (note) => sources.noteLead.replace('{source}', sourceLabel(sources, note.source));
}

/**
 * A block's markdown; `brief` keeps each item to its name and summary, for the two-page handout,
 * where the box and the heading over the list ("1. Emergency: call ... now") mark the signs.
 */
function toMarkdown(lines: readonly BodyLine[], label: NoteLead, items: readonly DraftItem[], checklist: Checklist, brief = false): string {
  const mark = new Map(items.map((i) => [i.id, warningLead(checklist, i.list, isUrgency(i.tierName) ? i.tierName : undefined)]));
  const out = lines.flatMap((line) => {
    if (line.kind === 'text') return [line.text];
    if (line.kind === 'note') return [proseNoteMarkdown(line.note, label)];
    if (line.kind === 'item') return [brief ? itemMarkdown({ ...line.item, details: '', notes: [] }, label) : itemMarkdown(line.item, label, mark.get(line.item.id) ?? '')];
    return [];
  });
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

function toItem(raw: DraftItem): ListItem {
  const item: ListItem = { id: raw.id, list: raw.list, name: raw.name, summary: raw.summary, details: raw.details, source: raw.source, question: raw.question, advice: raw.advice, hint: raw.hint, when: raw.when, cause: raw.cause, notes: raw.notes };
  if (isUrgency(raw.tierName)) item.tier = raw.tierName;
  if (isUrgency(raw.oldName)) item.old = raw.oldName;
  if (isUrgency(raw.unsureName)) item.unsure = raw.unsureName;
  return item;
}

/** A section's markdown in pieces: outside the handout parts, and each part by its name. */
function segmentsOf(draft: DraftSection, label: NoteLead, checklist: Checklist): Segment[] {
  const segments: { part?: string; lines: BodyLine[] }[] = [{ lines: [] }];
  for (const line of draft.lines) {
    if (line.kind === 'part') segments.push({ part: line.name, lines: [] });
    else if (line.kind === 'part-end') segments.push({ lines: [] });
    else segments[segments.length - 1]?.lines.push(line);
  }
  return segments
    .map(({ part, lines }) => ({ ...(part ? { part } : {}), markdown: toMarkdown(lines, label, draft.items, checklist) }))
    .filter((s) => s.markdown !== '');
}

/**
 * The blocks of a section marked for the handouts: `{handout name}` opens one, `{/handout}` closes it.
 * A block cites its items' sources and those its mark names (`sources=a,b`), so a handout's footer
 * lists what that handout says things from.
 */
function partsOf(draft: DraftSection, label: NoteLead, checklist: Checklist, known: ReadonlySet<string>): HandoutPart[] {
  const parts: HandoutPart[] = [];
  let open: { name: string; sources: string[]; line: number; lines: BodyLine[] } | null = null;
  for (const line of draft.lines) {
    if (line.kind === 'part') {
      if (open) throw new ContentError(draft.file, line.line, `handout part '${line.name}' starts inside '${open.name}': close it with {/handout} first`);
      open = { name: line.name, sources: line.sources, line: line.line, lines: [] };
    } else if (line.kind === 'part-end') {
      if (!open) throw new ContentError(draft.file, line.line, '{/handout} closes no handout part');
      const items = open.lines.flatMap((l) => (l.kind === 'item' ? [l.item] : []));
      const sources = [...new Set([...open.sources, ...items.map((i) => i.source)])];
      const unknown = sources.find((id) => !known.has(id));
      if (unknown) throw new ContentError(draft.file, open.line, `handout part '${open.name}' names unknown source '${unknown}' (known: ${[...known].join(', ')})`);
      parts.push({ name: open.name, section: draft.id, markdown: toMarkdown(open.lines, label, draft.items, checklist), brief: toMarkdown(open.lines, label, draft.items, checklist, true), items: items.map((i) => i.id), sources });
      open = null;
    } else if (open) open.lines.push(line);
  }
  if (open) throw new ContentError(draft.file, open.line, `handout part '${open.name}' is not closed: add {/handout}`);
  return parts;
}

/** The guide alone, for what prints no page. */
export function parseGuide(files: readonly ContentFile[]): Guide {
  return parseContent(files).guide;
}

/**
 * Builds the guide and its printed pages from every content file. Throws a ContentError naming
 * the file when a section is malformed, an order is missing or repeated, a list appears twice, a
 * source is unknown, or a handout part is not closed or not used.
 */
export function parseContent(files: readonly ContentFile[]): { guide: Guide; pages: Pages } {
  const sourcesFile = files.find((f) => f.name === SOURCES_FILE);
  if (!sourcesFile) throw new ContentError(SOURCES_FILE, 0, 'file missing');
  const checklistFile = files.find((f) => f.name === CHECKLIST_FILE);
  if (!checklistFile) throw new ContentError(CHECKLIST_FILE, 0, 'file missing');
  const handoutFile = files.find((f) => f.name === HANDOUT_FILE);
  if (!handoutFile) throw new ContentError(HANDOUT_FILE, 0, 'file missing');
  const sources = parseSourcesFile(sourcesFile);
  const checklist = parseChecklistFile(checklistFile);
  const known = new Set([ARTICLE, ...sources.references.map((r) => r.id)]);
  const drafts = files
    .filter((f) => /^\d/.test(f.name) && f.name.endsWith('.md'))
    .map(parseSectionFile)
    .sort((a, b) => a.number - b.number);
  if (drafts.length === 0) throw new ContentError('content', 0, 'no section files (NN-id.md)');
  const lists = new Map<ListKind, string>();
  drafts.forEach((draft, index) => {
    if (draft.number !== index + 1) throw new ContentError(draft.file, 0, `order ${draft.number} breaks the sequence: expected ${index + 1}`);
    for (const list of draft.lists) {
      const other = lists.get(list);
      if (other) throw new ContentError(draft.file, 0, `list '${list}' is already in ${other}`);
      lists.set(list, draft.file);
    }
    const unknown = [...draft.items.map((i) => ({ source: i.source, line: i.line })), ...draft.noteSources].find((s) => !known.has(s.source));
    if (unknown) throw new ContentError(draft.file, unknown.line, `unknown source '${unknown.source}' (known: ${[...known].join(', ')})`);
  });
  const missing = LIST_KINDS.find((kind) => !lists.has(kind));
  if (missing) throw new ContentError('content', 0, `no section holds the '${missing}' list`);
  const ids = new Set<string>();
  const itemIds = new Map<string, string>();
  for (const draft of drafts) {
    if (ids.has(draft.id)) throw new ContentError(draft.file, 0, `section id '${draft.id}' is used twice`);
    ids.add(draft.id);
    for (const item of draft.items) {
      // Item ids are answer ids in `check`, so they must be unique across every list.
      const other = itemIds.get(item.id);
      if (other) throw new ContentError(draft.file, item.line, `item id '${item.id}' is already used in ${other}`);
      itemIds.set(item.id, draft.file);
      if (ASKED_LISTS.includes(item.list) && LIST_KIND_INFO[item.list].ask === 'one' && !item.question) {
        throw new ContentError(draft.file, item.line, `item '${item.id}' needs an 'Ask:' line: the checklist asks about every ${item.list} item`);
      }
    }
  }
  checkAnswerIds(drafts.flatMap((d) => d.items), checklist);
  const unread = Object.values(checklist.tiers).flatMap((tier) => tier.read).find((id) => !ids.has(id));
  if (unread) throw new ContentError(CHECKLIST_FILE, 0, `'Read:' names section '${unread}', which the guide does not have`);
  const label = noteLeadOf(sources);
  const parts = drafts.flatMap((d) => partsOf(d, label, checklist, known));
  const handout = parseHandoutFile(handoutFile, parts);
  const sections: Section[] = drafts.map((d) => ({
    id: d.id,
    number: d.number,
    title: d.title,
    markdown: toMarkdown(d.lines, label, d.items, checklist),
    lists: d.lists,
    items: d.items.map(toItem),
    notes: d.notes,
  }));
  const segments = Object.fromEntries(drafts.map((d) => [d.id, segmentsOf(d, label, checklist)]));
  return { guide: { title: sources.guideTitle, sections, sources, checklist }, pages: { handout, segments } };
}
