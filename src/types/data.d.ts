// Build-time data, by language: filled in by scripts/build (the CLI reads JSON files beside its
// code, the library has them inline); the tests alias these to loaders that read content/.
declare module 'backpain:data' {
  import type { Guide } from '../content/types.ts';
  import type { Lang } from '../core/lang.ts';
  import type { Messages } from '../messages/en.ts';
  export function loadGuide(lang: Lang): Guide;
  export function loadMessages(lang: Lang): Messages;
  /** Each block of a read as the markdown a pipe gets, by key (readKeys), made by the build (undefined for a key it has not); none in the library. */
  export function loadMarkdownBlocks(lang: Lang): ((key: string) => string | undefined) | undefined;
  /** Each section as search reads it, by id, prepared by the build. */
  export function loadSearchable(lang: Lang): Readonly<Record<string, import('../core/search.ts').Searchable>>;
}

// The package version alone, so `--version` loads nothing else.
declare module 'backpain:version' {
  export const version: string;
}

// Every block `read` can print as terminal text, rendered at build time (src/build/prerender.ts).
declare module 'backpain:rendered' {
  import type { Lang } from '../core/lang.ts';
  import type { Prerendered } from '../render/terminal-read.ts';
  export function loadRendered(lang: Lang): Prerendered;
  /** The same text already wrapped to `width`, for the widths the build wraps to (PREWRAPPED_WIDTHS); undefined for others. */
  export function loadWrapped(lang: Lang, mode: 'plain' | 'colour', width: number): Readonly<Record<string, string>> | undefined;
  /** Every piece of the printable pages, rendered by the build. */
  export function loadHtml(lang: Lang): import('../render/html-page.ts').HtmlFragments;
}
