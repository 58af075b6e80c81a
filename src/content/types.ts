import type { Condition } from './condition.js';
import type { ListKind } from './list-kinds.js';

export { LIST_KINDS, type ListKind } from './list-kinds.js';

/** A short note of what other guidance says, beside the article's claim. */
export interface Note {
  source: string;
  text: string;
}

export interface ListItem {
  id: string;
  /** The list the item belongs to. */
  list: ListKind;
  name: string;
  summary: string;
  details: string;
  /** The id of the source the item's facts come from: `article` or a reference id. */
  source: string;
  /** The checklist question or label; empty when the item is not asked about. */
  question: string;
  /** The urgency a "yes" to this item reaches when it is not its list's usual one (`tier=` in content). */
  tier?: Urgency;
  /** What to do when this item is answered "yes", added to the checklist's advice; empty for none. */
  advice: string;
  /** A second line shown under the question (an example, or what does not count); empty for none. */
  hint: string;
  /** Asked only when this holds (a follow-up: asked after a "yes"); null: always asked. */
  when: Condition | null;
  /**
   * The urgency a "yes" reaches when the person says it is not new (long-standing and unchanged):
   * the checklist then asks the checklist's `new_question` right after a "yes".
   */
  old?: Urgency;
  /** The urgency a "not sure" reaches, when not the usual (today for an emergency sign): `unsure=` in content. */
  unsure?: Urgency;
  /** The id of the cause that explains a "yes" (a block of `checklist.md`); empty for none. */
  cause: string;
  notes: Note[];
}

export interface Section {
  id: string;
  number: number;
  title: string;
  /** The section body as clean markdown (no annotations), without its title. */
  markdown: string;
  /** The structured lists the section holds, in the order they appear. */
  lists: ListKind[];
  /** The items of every list it holds, in order. */
  items: ListItem[];
  /** The notes of other guidance in its prose (the items' own notes are on the items). */
  notes: Note[];
}

/** A piece of a section's markdown: outside the handout parts, or one of them (by name). */
export interface Segment {
  part?: string;
  markdown: string;
}

export interface Reference {
  id: string;
  /** Short label used where the reference is credited, e.g. "NICE NG59". */
  name: string;
  citation: string;
  supports: string;
}

export interface ArticleCredit {
  title: string;
  publisher: string;
  author: string;
  authorRole: string;
  /** ISO date, YYYY-MM-DD. */
  date: string;
}

export interface Sources {
  article: ArticleCredit;
  /** What the publisher has to do with a treatment the article covers, said wherever it is credited. */
  interest: string;
  /** The guide's own title, in its language. */
  guideTitle: string;
  /** How a note of other guidance is introduced: "Other guidance ({source}):". */
  noteLead: string;
  /** What the article is called where it is credited as a source: "Helped article". */
  articleLabel: string;
  /** What the tool says of its translations: who made them, whether a clinician has reviewed them, and when. */
  translation: string;
  /** When the content was last reviewed, ISO date. */
  reviewed: string;
  /** One line: information, not a diagnosis or medical advice. */
  disclaimer: string;
  references: Reference[];
}

/** How soon to get help, most urgent first: the order matters, the first is the highest. */
export const URGENCIES = ['emergency', 'urgent', 'see-doctor', 'self-care'] as const;
export type Urgency = (typeof URGENCIES)[number];

/** What one urgency means for the reader, from `checklist.md`. */
export interface Tier {
  /** One or two words that mark the tier wherever it is shown: "Emergency", "Today". */
  label: string;
  /** The one action, shown after the label: "call 999, 911 or 112 now". */
  action: string;
  /** The line a list of this tier's signs is shown with; empty for a tier without a list. */
  listLine: string;
  /** Ids of the guide sections to read next at this urgency. */
  read: string[];
  /** The steps to take, in order. */
  steps: string[];
}

/** A question of the checklist's own (`### question <id>` in `checklist.md`): age, how long, which way. */
export interface OwnQuestion {
  id: string;
  type: 'yes-no' | 'number' | 'choice';
  text: string;
  hint: string;
  /** What the answer is called where the result names it ("Your age"). */
  name: string;
  /** Asked before the warning signs (`first`) or after the signs, before the risk factors (`last`). */
  place: 'first' | 'last';
  when: Condition | null;
  /** For `choice`: each choice, with the urgency it reaches (self-care when not given). */
  choices: { id: string; text: string; tier?: Urgency }[];
  /** For `number`: the smallest and largest answer taken. */
  min: number;
  max: number;
  /** For `yes-no`: the urgency a "yes" reaches. */
  tier?: Urgency;
}

/** A combination of answers that reaches an urgency of its own (`### rule <id>`). */
export interface Rule {
  id: string;
  /** How the result names it: "A small fall, and over 70". */
  name: string;
  when: Condition;
  tier: Urgency;
  cause: string;
  advice: string;
}

/** What a warning sign can mean, said with the sign (`### cause <id>`): never one cause for all. */
export interface Cause {
  id: string;
  /** Its own first step, before the tier's, when it has one (the cancer team's 24-hour line). */
  first: string;
  text: string;
}

/** The words of the `check` command: what it is, what answers mean, what to do at each urgency. */
export interface Checklist {
  intro: string;
  /** Asked right after a "yes" to a sign that has `old=`: is it new or changed? */
  newQuestion: string;
  newHint: string;
  /** What to do about a "not sure" answer to a warning sign. */
  notSure: string[];
  /** The emergency number for a region of the locale (`GB` -> `999`), and the words for "one of them". */
  numbers: Record<string, string>;
  numberAny: string;
  /** Which number where, said when the region is not known. */
  numbersWhere: string;
  questions: OwnQuestion[];
  rules: Rule[];
  causes: Cause[];
  riskPrompt: string;
  symptomsFound: string;
  noSymptoms: string;
  riskFactorsFound: string;
  noRiskFactors: string;
  tiers: Record<Urgency, Tier>;
}

/** A block of a section that a printed handout takes, as the content marks it (`{handout name}` ... `{/handout}`). */
export interface HandoutPart {
  name: string;
  /** The id of the section it is in. */
  section: string;
  markdown: string;
  /** The same with each list item cut to its name and summary (no details, no notes). */
  brief: string;
  /** The ids of the list items in it. */
  items: string[];
  /** The ids of the sources it says things from: its items' and those its mark names. */
  sources: string[];
}

/** The printed handouts: which parts each takes, in order, and their own words, from `handout.md`. */
export interface Handout {
  summaryTitle: string;
  cardTitle: string;
  cardNote: string;
  figureAlt: string;
  figureCaption: string;
  summary: string[];
  card: string[];
  /** The parts printed in a warning box, on every page: the emergency signs and the numbers. */
  boxed: string[];
  parts: HandoutPart[];
}

export interface Guide {
  title: string;
  sections: Section[];
  sources: Sources;
  checklist: Checklist;
}

/**
 * What only the printed pages need, kept apart from the guide so a command that prints no page
 * never reads it: the handouts, and each section's markdown in pieces (by section id).
 */
export interface Pages {
  handout: Handout;
  segments: Record<string, Segment[]>;
}

/** A content file as read from disk: its name and its text. */
export interface ContentFile {
  name: string;
  text: string;
}
