import { describe, expect, it } from 'vitest';
import { readBlocks, readKeys } from '../../src/render/markdown.js';
import { ansiStyle } from '../../src/render/ansi-style.js';
import { PLAIN } from '../../src/render/style.js';
import { PREWRAPPED_WIDTHS } from '../../src/render/terminal-finish.js';
import { renderRead, renderReadKeys } from '../../src/render/terminal-read.js';
import { loadGuide, loadMessages } from '../support/data-from-disk.js';

// At 80 and 100 columns `read` joins text the build wrapped, found by each block's key, without
// the sections' markdown. It must print exactly what wrapping at run time prints (renderRead,
// which tests/unit/terminal-read.test.ts holds to rendering the markdown), for every read.
describe('terminal text wrapped at build time, joined by key', () => {
  for (const lang of ['en', 'es'] as const) {
    const guide = loadGuide(lang);
    const m = loadMessages(lang);
    const reads = [
      { name: 'the whole guide', sections: guide.sections, whole: true },
      ...guide.sections.map((s) => ({ name: s.id, sections: [s], whole: false })),
      { name: 'three sections, out of order', sections: [guide.sections[7], guide.sections[2], guide.sections[0]].filter((s) => s !== undefined), whole: false },
    ];
    it.each(reads)(`${lang}: $name, plain and in colour, at ${PREWRAPPED_WIDTHS.join(' and ')} columns`, ({ sections, whole }) => {
      for (const style of [PLAIN, ansiStyle(1), ansiStyle(3)]) {
        for (const width of PREWRAPPED_WIDTHS) {
          expect(renderReadKeys(readKeys(sections, whole), lang, style, width)).toBe(renderRead(readBlocks(guide, sections, whole, m), lang, style, width));
        }
      }
    });
  }

  it('has nothing at other widths, where the read wraps at run time', () => {
    expect(renderReadKeys(['#footer'], 'en', PLAIN, 79)).toBeUndefined();
  });
});
