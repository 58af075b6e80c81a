import { describe, expect, it } from 'vitest';
import { search, searchable, searchTerms } from '../../src/core/search.js';
import { backpain } from '../support/cli.js';
import { loadGuide } from '../support/data-from-disk.js';

// The CLI searches what the build prepared (dist/data/search.<lang>); the library prepares it as it
// searches, from the markdown. The built CLI must find the same sections with the same snippets.
describe('the built CLI, searching what the build prepared, finds what searching the markdown finds', () => {
  for (const lang of ['en', 'es'] as const) {
    const { sections } = loadGuide(lang);
    const vocabulary = [...new Set(sections.flatMap((s) => searchable(s, lang).folded))].sort();
    // Every 37th word, a start of some of them, pairs, and words with case and accents changed.
    const picks = vocabulary.filter((_, i) => i % 37 === 0);
    const lines = [...picks.map((w) => [w]), ...picks.slice(0, 8).map((w) => [w.slice(0, 3)]), [picks[1] ?? 'a', picks[5] ?? 'b'], ['SITTING'], ['Ciática'], ['zzqq']];
    it(`${lang}: ${lines.length} searches`, () => {
      for (const words of lines) {
        const result = backpain(['--lang', lang, 'search', ...words, '--json']);
        const expected = search(sections, searchTerms(words), lang).map((hit) => ({ ...hit, lang }));
        expect([words, JSON.parse(result.stdout)]).toEqual([words, expected]);
        expect(result.code).toBe(expected.length > 0 ? 0 : 1);
      }
    });
  }
});
