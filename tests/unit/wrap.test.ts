import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stripAnsi, wrapLine, wrapText } from '../../src/render/wrap.js';
import { readKeys } from '../../src/render/markdown.js';
import { builtData } from '../support/cli.js';
import { wrapLine as referenceLine, wrapText as referenceText } from '../support/wrap-reference.js';

// The wrapper finds each break with the string's own searches; it must break exactly where
// walking the text one character at a time does.
describe('the greedy ANSI-aware wrapper', () => {
  it.each(['en', 'es'] as const)('%s: wraps the whole guide as the walk does, plain and in colour, at widths 20 to 120', (lang) => {
    const { guide, terminal } = builtData.data(lang);
    const keys = readKeys(guide.sections, true);
    const colour = keys.map((k) => terminal[k] ?? '').join('');
    for (const text of [colour, stripAnsi(colour)]) {
      for (let width = 20; width <= 120; width += 1) expect(wrapText(text, width)).toBe(referenceText(text, width));
    }
  });

  it('wraps any mix of words, spaces, colour, links and wide characters as the walk does', () => {
    const piece = fc.constantFrom('a', 'word', 'longerword', ' ', '  ', '\u001b[1m', '\u001b[22m', '\u001b[31m', '\u001b[39m', '\u001b[0m', '\u001b]8;;https://x.org\u0007', '\u001b]8;;\u0007', '😀', 'é', '- ', '1. ', '\u001b');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), fc.integer({ min: 5, max: 60 }), fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }), (parts, width, hang) => {
        const line = parts.join('');
        expect(wrapLine(line, width, hang)).toEqual(referenceLine(line, width, hang));
      }),
      { numRuns: 3000 },
    );
  });
});
