import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ansiStyle } from '../../src/render/ansi-style.js';
import { chalkStyle } from '../../src/render/chalk-style.js';
import type { ColorLevel, Style } from '../../src/render/style.js';

// The CLI paints with fixed codes at run time; the build and the library paint with chalk. The
// two must give the same bytes for every look, at every colour level, for any text: nested
// looks, resets inside, line breaks (with and without carriage returns) and the empty string.
const LOOKS = ['title', 'heading', 'strong', 'em', 'dim', 'id', 'warn', 'match', 'code', 'link', 'href'] as const;
const PIECES = ['a', 'word ', '\n', '\r\n', '\u001b[22m', '\u001b[39m', '\u001b[1m', '\u001b[35m', '\u001b[0m', '\u001b[24m', '\u001b[23m', 'é', '\u{1F600}', ''];

describe('fixed ANSI codes paint as chalk does', () => {
  for (const level of [1, 2, 3] as Exclude<ColorLevel, 0>[]) {
    const chalk = chalkStyle(level);
    const ansi = ansiStyle(level);
    it.each(LOOKS)(`level ${level}: %s`, (look) => {
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }), (pieces) => {
          const text = pieces.join('');
          expect(ansi[look](text)).toBe(chalk[look](text));
        }),
        { numRuns: 300 },
      );
    });
    it(`level ${level}: looks inside looks`, () => {
      const nest = (s: Style): string => s.title(`A ${s.strong(`b ${s.em('c\nd')} e`)} ${s.dim('f')}`) + s.warn(s.match('g'));
      expect(nest(ansi)).toBe(nest(chalk));
      expect(ansi.level).toBe(level);
    });
  }
});
