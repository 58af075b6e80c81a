// Run by scripts/build.mjs, not by the CLI: lexing markdown is most of what a first render costs
// in a fresh process (marked's lexer runs cold, about 30 ms here), so the build does it once.
import { Lexer, type Token } from 'marked';
import type { Guide } from '../content/types.js';
import { allReadBlocks } from './markdown.js';

export type LexedBlocks = Readonly<Record<string, readonly Token[]>>;

/** marked's tokens for every block `read` can print, keyed by the block's markdown. */
export function lexReadBlocks(guide: Guide): LexedBlocks {
  return Object.fromEntries(allReadBlocks(guide).map((block) => [block, [...new Lexer().lex(block)]]));
}
