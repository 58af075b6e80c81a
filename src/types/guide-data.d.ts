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

// Every block `read` can print as terminal text, rendered at build time (src/render/prerender.ts).
declare module 'backpain:rendered' {
  import type { Prerendered } from '../render/prerender.ts';
  const rendered: Prerendered;
  export default rendered;
}
