import { describe, expect, it } from 'vitest';
import { backpain } from '../support/cli.js';

describe('backpain sources', () => {
  it('credits the article: title, publisher, author and role, date; and the review date', () => {
    const result = backpain(['sources']);
    expect(result.code).toBe(0);
    const text = result.stdout.replace(/\s+/g, ' ');
    expect(text).toContain('"Can Back Pain Cause Leg Pain?"');
    expect(text).toContain('Dr. Eric DePopas, MD, Co-Founder and Chief Medical Officer');
    expect(text).toContain('Helped, April 25, 2022');
    expect(text).toMatch(/Content last reviewed: \w+ \d+, 20\d\d\./);
    expect(text).toContain("Helped (formerly PainTheory), the article's publisher, offers help with spinal cord stimulation");
    expect(text).toMatch(/not a diagnosis or medical advice[^.]*\.\s*$/);
  });

  it('gives JSON without the disclaimer mixed into the data', () => {
    const data = JSON.parse(backpain(['sources', '--json']).stdout) as { article: Record<string, string>; references: Record<string, string>[]; reviewed: string };
    expect(Object.keys(data)).toEqual(['article', 'interest', 'translation', 'references', 'reviewed', 'lang']);
    expect(data.article).toEqual({
      title: 'Can Back Pain Cause Leg Pain?',
      publisher: 'Helped',
      author: 'Dr. Eric DePopas, MD',
      authorRole: 'Co-Founder and Chief Medical Officer, vascular and interventional radiologist',
      date: '2022-04-25',
    });
    expect(data.references.map((r) => r.id)).toEqual(expect.arrayContaining(['nhs-sciatica', 'nice-ng59', 'nice-ta159', 'ninds', 'koes-2007']));
    for (const ref of data.references) expect(Object.keys(ref)).toEqual(['id', 'name', 'citation', 'supports']);
    expect(JSON.stringify(data)).not.toMatch(/not a diagnosis/);
  });

  it('every source the lists cite is listed', () => {
    const known = new Set(['article', ...(JSON.parse(backpain(['sources', '--json']).stdout) as { references: { id: string }[] }).references.map((r) => r.id)]);
    for (const kind of ['causes', 'treatments', 'risk-factors', 'red-flags', 'urgent-signs', 'symptoms']) {
      const items = JSON.parse(backpain(['list', kind, '--json']).stdout) as { source: string; notes: { source: string }[] }[];
      for (const item of items) {
        expect(known).toContain(item.source);
        for (const note of item.notes) expect(known).toContain(note.source);
      }
    }
  });
});
