import { describe, expect, it } from 'vitest';
import guide from '../support/guide-from-disk.js';
import { readingBlocks, unexplained } from './checks.js';
import { GLOSSARY } from './glossary.js';

const blocks = readingBlocks(guide);

describe('medical terms are explained before or where they first appear (PEMAT)', () => {
  it.each(GLOSSARY.map((g) => [g.term.source, g] as const))('%s', (_, entry) => {
    expect(unexplained(blocks, entry)).toBeNull();
  });

  it('the glossary is not trivially small', () => {
    expect(GLOSSARY.length).toBeGreaterThanOrEqual(30);
  });
});

describe('the glossary check can fail', () => {
  it.each(GLOSSARY.map((g) => [g.term.source, g] as const))('without its explanation, %s is reported', (_, entry) => {
    const global = new RegExp(entry.explanation.source, `${entry.explanation.flags}g`);
    expect(unexplained(blocks.map((b) => b.replace(global, '')), entry)).not.toBeNull();
  });

  it('an explanation that comes only after the first use is reported', () => {
    const entry = { term: /\bvertebra\b/, explanation: /Each bone of the spine is called a vertebra/ };
    expect(unexplained(['A slipped vertebra can pinch the nerve.', 'Other words.', 'Each bone of the spine is called a vertebra.'], entry)).toMatch(/explained only later/);
    expect(unexplained(['Each bone of the spine is called a vertebra.', 'A slipped vertebra can pinch the nerve.'], entry)).toBeNull();
  });

  it('a term used in an earlier section than its explanation is reported', () => {
    // Sciatica is explained in the summary; used there only without it, the first use comes first.
    const [first, ...rest] = guide.sections;
    if (!first) throw new Error('no sections');
    const broken = { ...guide, sections: [{ ...first, markdown: first.markdown.replace(/It can be a sign of sciatica: [^\n]*/, 'It can be sciatica.') }, ...rest] };
    const sciatica = GLOSSARY.find((g) => g.term.source === '\\bsciatica\\b');
    if (!sciatica) throw new Error('no sciatica entry');
    expect(unexplained(readingBlocks(broken), sciatica)).toMatch(/explained only later/);
  });
});
