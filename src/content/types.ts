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

/** The words of the `check` command: what it is, what answers mean, what to do at each urgency. */
export interface Checklist {
  intro: string;
  riskPrompt: string;
  symptomsFound: string;
  noSymptoms: string;
  riskFactorsFound: string;
  noRiskFactors: string;
  tiers: Record<Urgency, Tier>;
}

export interface Guide {
  title: string;
  sections: Section[];
  sources: Sources;
  checklist: Checklist;
}

/** A content file as read from disk: its name and its text. */
export interface ContentFile {
  name: string;
  text: string;
}
