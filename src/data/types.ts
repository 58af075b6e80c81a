// The shape of what the build writes for one language (scripts/build/content.mjs) and the CLI
// and the library read (files.ts): one type, so a new field is added in one place.
import type { Guide } from '../content/types.js';
import type { Lang } from '../core/lang.js';
import type { Searchable } from '../core/search.js';
import type { Messages } from '../messages/en.js';
import type { HtmlFragments } from '../render/html-page.js';
import type { TerminalBlocks } from '../render/terminal-read.js';

/** dist/data/<lang>.json: the parsed guide, the catalog and the guide's terminal text. */
export interface LangData {
  guide: Guide;
  messages: Messages;
  terminal: TerminalBlocks;
}

/** Where a run gets its data, one language at a time; the two extras are read only by the commands that need them. */
export interface DataSource {
  data(lang: Lang): LangData;
  /** dist/data/<lang>.search.json: each section as search reads it, by id. */
  searchable(lang: Lang): Readonly<Record<string, Searchable>>;
  /** dist/data/<lang>.html.json: the printable pages' pieces. */
  html(lang: Lang): HtmlFragments;
}
