// Filled in at build time by scripts/build.mjs with the parsed content (tests alias it to a loader).
declare module 'backpain:guide' {
  import type { Guide } from '../content/types.ts';
  const guide: Guide;
  export const version: string;
  export default guide;
}

// The package version alone, so `--version` loads nothing else.
declare module 'backpain:version' {
  export const version: string;
}

// marked's tokens for every block `read` can print, lexed at build time (see src/render/lex.ts).
declare module 'backpain:lexed' {
  import type { LexedBlocks } from '../render/lex.ts';
  const lexed: LexedBlocks;
  export default lexed;
}
