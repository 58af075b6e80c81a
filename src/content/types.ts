/** The structured lists a section can hold. */
export const LIST_KINDS = ['causes', 'treatments', 'risk-factors', 'red-flags', 'symptoms'] as const;
export type ListKind = (typeof LIST_KINDS)[number];

/** A short note of what other guidance says, beside the article's claim. */
export interface Note {
  source: string;
  text: string;
}

export interface ListItem {
  id: string;
  name: string;
  summary: string;
  details: string;
  /** The id of the source the item's facts come from: `article` or a reference id. */
  source: string;
  /** The checklist question or label; empty when the item is not asked about. */
  question: string;
  notes: Note[];
}

export interface Section {
  id: string;
  number: number;
  title: string;
  /** The section body as clean markdown (no annotations), without its title. */
  markdown: string;
  list: ListKind | null;
  items: ListItem[];
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
  /** When the content was last reviewed, ISO date. */
  reviewed: string;
  /** One line: information, not a diagnosis or medical advice. */
  disclaimer: string;
  references: Reference[];
}

export const URGENCIES = ['emergency', 'see-doctor', 'self-care'] as const;
export type Urgency = (typeof URGENCIES)[number];

/** The words of the `check` command: what it is, what answers mean, what to do at each urgency. */
export interface Checklist {
  intro: string;
  symptomsFound: string;
  noSymptoms: string;
  riskFactorsFound: string;
  noRiskFactors: string;
  advice: Record<Urgency, string[]>;
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
