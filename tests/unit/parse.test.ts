import { describe, expect, it } from 'vitest';
import { ContentError } from '../../src/content/errors.js';
import { parseContent, parseGuide } from '../../src/content/parse.js';
import type { ContentFile } from '../../src/content/types.js';

const SOURCES: ContentFile = {
  name: 'sources.md',
  text: `---
title: Sources
guide_title: The Guide
note_lead: Other guidance ({source}):
article_label: Pub article
article_title: An Article
article_publisher: Pub (formerly Old)
article_author: Dr. A
article_author_role: Writer
article_date: 2022-04-25
article_interest: Pub sells one of the treatments.
reviewed: 2026-11-25
disclaimer: Information only.
---

- **Ref One** {#ref-one}: Publisher, 2020. Somewhere.
  Supports: warning signs.
`,
};

const CHECKLIST: ContentFile = {
  name: 'checklist.md',
  text: `---
title: Checklist
intro: Intro line.
risk_prompt: Which apply?
symptoms_found: Common with it.
no_symptoms: None.
risk_factors_found: These raise the risk.
no_risk_factors: None ticked.
new_question: Is it new?
numbers: GB=999
number_any: 999
numbers_where: In the UK, 999.
---

### emergency
Label: Emergency
Action: call now
List: Any one of these: call now.
Read: intro
- Call now.
- Go to hospital,
  on two lines.
### urgent
Label: Today
Action: get advice today
- Ring your doctor today.
### see-doctor
Label: See a doctor
Action: book a visit
Read: intro, causes
- See your doctor.
### self-care
Label: Self-care
Action: look after yourself
- Keep moving.
### not-sure
- Get advice now.
`,
};

const HANDOUT: ContentFile = {
  name: 'handout.md',
  text: `---
title: Handout
summary_title: The summary
card_title: The card
card_note: Keep it by the phone.
figure_alt: A drawing.
figure_caption: The drawing.
summary: key, signs
card: signs
boxed: signs
---
`,
};

const KINDS = ['causes', 'treatments', 'risk-factors', 'red-flags', 'urgent-signs', 'symptoms', 'not-back-signs'] as const;

function section(order: number, id: string, body: string, list?: string): ContentFile {
  const front = ['---', `id: ${id}`, `title: Title of ${id}`, `order: ${order}`, ...(list ? [`list: ${list}`] : []), '---', ''];
  return { name: `${String(order).padStart(2, '0')}-${id}.md`, text: `${front.join('\n')}${body}\n` };
}

function validFiles(): ContentFile[] {
  return [
    SOURCES,
    CHECKLIST,
    HANDOUT,
    section(1, 'intro', '{handout key sources=ref-one}\nPlain words here.\n{/handout}\n\nNote {source=ref-one}: Other people say\nthis instead.'),
    ...KINDS.map((kind, i) =>
      section(
        i + 2,
        kind,
        `Before the list.\n\n${kind === 'red-flags' ? '{handout signs}\n' : ''}- **First ${kind}** {#${kind}-first source=article}: A summary.\n  More detail\n  on two lines.\n  Ask: Is it so?\n  Note {source=ref-one}: A note.\n- **Second** {#${kind}-second source=ref-one}: Another summary.\n  Ask: And this?\n${kind === 'red-flags' ? '{/handout}\n' : ''}\nAfter.`,
        kind,
      ),
    ),
  ];
}

function errorOf(files: ContentFile[]): ContentError {
  try {
    parseGuide(files);
  } catch (error) {
    if (error instanceof ContentError) return error;
    throw error;
  }
  throw new Error('parseGuide accepted malformed content');
}

function replaceFile(name: string, edit: (text: string) => string): ContentFile[] {
  return validFiles().map((f) => (f.name === name ? { ...f, text: edit(f.text) } : f));
}

describe('parseGuide on well-formed content', () => {
  const guide = parseGuide(validFiles());

  it('orders sections and reads front matter', () => {
    expect(guide.sections.map((s) => [s.number, s.id])).toEqual([[1, 'intro'], ...KINDS.map((k, i) => [i + 2, k])]);
    expect(guide.sections[0]?.title).toBe('Title of intro');
    expect(guide.title).toBe('The Guide');
  });

  it('reads list items with id, name, summary, details, question, source and notes', () => {
    const causes = guide.sections.find((s) => s.lists.includes('causes'));
    expect(causes?.items).toEqual([
      {
        id: 'causes-first',
        list: 'causes',
        name: 'First causes',
        summary: 'A summary.',
        details: 'More detail on two lines.',
        source: 'article',
        question: 'Is it so?',
        advice: '',
        hint: '',
        when: null,
        cause: '',
        notes: [{ source: 'ref-one', text: 'A note.' }],
      },
      { id: 'causes-second', list: 'causes', name: 'Second', summary: 'Another summary.', details: '', source: 'ref-one', question: 'And this?', advice: '', hint: '', when: null, cause: '', notes: [] },
    ]);
  });

  it('turns annotations into clean markdown with credited notes', () => {
    const causes = guide.sections.find((s) => s.lists.includes('causes'));
    expect(causes?.markdown).toContain('- **First causes**: A summary. More detail on two lines.');
    expect(causes?.markdown).toContain('  - *Other guidance (Ref One):* A note.');
    expect(causes?.markdown).not.toMatch(/\{#|Ask:|source=/);
    expect(guide.sections[0]?.markdown).toContain('> **Other guidance (Ref One):** Other people say this instead.');
  });

  it('reads the checklist words and each tier: label, action, list line, sections to read, steps', () => {
    expect(guide.checklist.intro).toBe('Intro line.');
    expect(guide.checklist.riskPrompt).toBe('Which apply?');
    expect(guide.checklist.tiers.emergency).toEqual({ label: 'Emergency', action: 'call now', listLine: 'Any one of these: call now.', read: ['intro'], steps: ['Call now.', 'Go to hospital, on two lines.'] });
    expect(guide.checklist.tiers['see-doctor'].read).toEqual(['intro', 'causes']);
    expect(guide.checklist.tiers.urgent).toMatchObject({ label: 'Today', listLine: '', read: [] });
    expect(guide.checklist.tiers['self-care'].steps).toEqual(['Keep moving.']);
  });

  it('reads a section of several lists, item tiers and advice', () => {
    const files = replaceFile('06-urgent-signs.md', (t) =>
      t
        .replace('list: urgent-signs', 'list: urgent-signs symptoms')
        .replace('{#urgent-signs-second source=ref-one}', '{#urgent-signs-second list=symptoms source=ref-one tier=emergency}')
        .replace('  Ask: And this?', '  Ask: And this?\n  Advice: Do this too.'),
    )
      .filter((f) => f.name !== '07-symptoms.md')
      // The last section moves up into the place the symptoms left.
      .map((f) => (f.name === '08-not-back-signs.md' ? { name: '07-not-back-signs.md', text: f.text.replace('order: 8', 'order: 7') } : f));
    const parsed = parseGuide(files);
    const both = parsed.sections.find((s) => s.id === 'urgent-signs');
    expect(both?.lists).toEqual(['urgent-signs', 'symptoms']);
    expect(both?.items.map((i) => [i.id, i.list, i.tier ?? '-', i.advice])).toEqual([
      ['urgent-signs-first', 'urgent-signs', '-', ''],
      ['urgent-signs-second', 'symptoms', 'emergency', 'Do this too.'],
    ]);
  });

  it("reads the article credit, the publisher's interest and references", () => {
    expect(guide.sources.interest).toBe('Pub sells one of the treatments.');
    expect(guide.sources.article).toEqual({ title: 'An Article', publisher: 'Pub (formerly Old)', author: 'Dr. A', authorRole: 'Writer', date: '2022-04-25' });
    expect(guide.sources.references).toEqual([{ id: 'ref-one', name: 'Ref One', citation: 'Publisher, 2020. Somewhere.', supports: 'warning signs.' }]);
  });
});

describe('parseContent reads the parts the handouts take', () => {
  const { guide, pages } = parseContent(validFiles());

  it('names each part, its section, its items and the sources it cites', () => {
    expect(pages.handout.summary).toEqual(['key', 'signs']);
    expect(pages.handout.card).toEqual(['signs']);
    expect(pages.handout.boxed).toEqual(['signs']);
    expect(pages.handout.parts.map((p) => [p.name, p.section, p.items, p.sources])).toEqual([
      ['key', 'intro', [], ['ref-one']],
      ['signs', 'red-flags', ['red-flags-first', 'red-flags-second'], ['article', 'ref-one']],
    ]);
    expect(pages.handout).toMatchObject({ summaryTitle: 'The summary', cardTitle: 'The card', cardNote: 'Keep it by the phone.', figureAlt: 'A drawing.', figureCaption: 'The drawing.' });
  });

  it('keeps a brief form of each part: items cut to their name and summary', () => {
    const signs = pages.handout.parts.find((p) => p.name === 'signs');
    expect(signs?.markdown).toContain('More detail on two lines.');
    expect(signs?.brief).toBe('- **First red-flags**: A summary.\n- **Second**: Another summary.');
  });

  it('cuts each section into segments at the marks, and the marks leave the guide itself untouched', () => {
    expect(pages.segments['red-flags']?.map((s) => s.part ?? '-')).toEqual(['-', 'signs', '-']);
    const redFlags = guide.sections.find((s) => s.id === 'red-flags');
    expect(redFlags?.markdown).not.toMatch(/handout/);
    expect(redFlags?.markdown).toContain('Before the list.\n\n- **');
  });
});

describe('parseGuide rejects malformed content, naming the file', () => {
  const cases: [string, () => ContentFile[], string, RegExp][] = [
    ['no front matter', () => replaceFile('01-intro.md', (t) => t.replace(/^---\n/, '')), '01-intro.md', /front matter missing/],
    ['unclosed front matter', () => replaceFile('01-intro.md', (t) => t.replace('---\n{handout', '{handout')), '01-intro.md', /not closed/],
    ['bad id', () => [SOURCES, CHECKLIST, HANDOUT, ...validFiles().slice(4), { name: '01-Intro.md', text: '---\nid: Intro\ntitle: T\norder: 1\n---\nx' }], '01-Intro.md', /not a slug/],
    ['file name not matching', () => [...validFiles().filter((f) => f.name !== '01-intro.md'), { name: '01-other.md', text: '---\nid: intro\ntitle: T\norder: 1\n---\nx' }], '01-other.md', /should be '01-intro.md'/],
    ['missing title', () => replaceFile('01-intro.md', (t) => t.replace(/title: .*\n/, '')), '01-intro.md', /needs 'title'/],
    ['unknown key', () => replaceFile('01-intro.md', (t) => t.replace('order: 1', 'order: 1\ncolour: red')), '01-intro.md', /unknown front matter key 'colour'/],
    ['unknown list kind', () => replaceFile('02-causes.md', (t) => t.replace('list: causes', 'list: reasons')), '02-causes.md', /list 'reasons'/],
    ['list with no items', () => replaceFile('02-causes.md', (t) => t.replace(/- \*\*.*\n( {2}.*\n)*/g, '')), '02-causes.md', /has no items in it/],
    ['a list named twice', () => replaceFile('02-causes.md', (t) => t.replace('list: causes', 'list: causes causes')), '02-causes.md', /named twice/],
    ['an item in a list its section does not hold', () => replaceFile('02-causes.md', (t) => t.replace('{#causes-second source=ref-one}', '{#causes-second list=symptoms source=ref-one}')), '02-causes.md', /not one of this section's lists/],
    ['an unknown item attribute', () => replaceFile('02-causes.md', (t) => t.replace('{#causes-second source=ref-one}', '{#causes-second colour=red source=ref-one}')), '02-causes.md', /unknown item attribute 'colour'/],
    ['a tier that is not an urgency', () => replaceFile('05-red-flags.md', (t) => t.replace('{#red-flags-second source=ref-one}', '{#red-flags-second source=ref-one tier=soon}')), '05-red-flags.md', /tier 'soon'/],
    ['a tier on a list the checklist does not ask', () => replaceFile('02-causes.md', (t) => t.replace('{#causes-second source=ref-one}', '{#causes-second source=ref-one tier=urgent}')), '02-causes.md', /'tier=', 'old=', 'unsure=', 'cause=', 'Advice:', 'Hint:' and 'When:' are for the lists the checklist asks/],
    ['checklist Read: names an unknown section', () => replaceFile('checklist.md', (t) => t.replace('Read: intro\n', 'Read: nowhere\n')), 'checklist.md', /section 'nowhere'/],
    ['checklist tier without an Action', () => replaceFile('checklist.md', (t) => t.replace('Action: get advice today\n', '')), 'checklist.md', /'urgent' needs a 'Label:' and an 'Action:'/],
    ['checklist key after the steps', () => replaceFile('checklist.md', (t) => t.replace('- Keep moving.\n', '- Keep moving.\nRead: intro\n')), 'checklist.md', /comes before the steps/],
    ['item outside a list section', () => replaceFile('01-intro.md', (t) => `${t}\n- **X** {#x source=article}: Y.\n`), '01-intro.md', /without 'list:'/],
    ['malformed annotation', () => replaceFile('02-causes.md', (t) => t.replace('{#causes-second source=ref-one}', '{#Second}')), '02-causes.md', /malformed annotation/],
    ['unknown source', () => replaceFile('02-causes.md', (t) => t.replace('source=ref-one}', 'source=nope}')), '02-causes.md', /unknown source 'nope'/],
    ['item without source', () => replaceFile('02-causes.md', (t) => t.replace('{#causes-second source=ref-one}', '{#causes-second}')), '02-causes.md', /needs a source/],
    ['duplicate item id', () => replaceFile('02-causes.md', (t) => t.replace('{#causes-second', '{#causes-first')), '02-causes.md', /used twice/],
    ['top-level heading', () => replaceFile('01-intro.md', (t) => `${t}\n## Big\n`), '01-intro.md', /'###'/],
    ['malformed note', () => replaceFile('01-intro.md', (t) => t.replace('Note {source=ref-one}:', 'Note {src=ref-one}:')), '01-intro.md', /malformed/],
    ['gap in order', () => validFiles().filter((f) => f.name !== '03-treatments.md'), '04-risk-factors.md', /order 4 breaks the sequence/],
    ['list kind missing', () => validFiles().filter((f) => f.name !== '08-not-back-signs.md'), 'content', /'not-back-signs' list/],
    ['sources without disclaimer', () => replaceFile('sources.md', (t) => t.replace(/disclaimer: .*\n/, '')), 'sources.md', /needs 'disclaimer'/],
    ['a note lead without the place of the source', () => replaceFile('sources.md', (t) => t.replace('note_lead: Other guidance ({source}):', 'note_lead: Other guidance:')), 'sources.md', /\{source\}/],
    ['item id reused in another list', () => replaceFile('03-treatments.md', (t) => t.replace('{#treatments-first', '{#causes-first')), '03-treatments.md', /already used in 02-causes.md/],
    ['asked item without Ask', () => replaceFile('05-red-flags.md', (t) => t.replace(/ {2}Ask: And this\?\n/, '')), '05-red-flags.md', /needs an 'Ask:' line/],
    ['checklist urgency missing', () => replaceFile('checklist.md', (t) => t.replace(/### self-care\n[^]*$/, '')), 'checklist.md', /no steps for 'self-care'/],
    ['a follow-up on a question the checklist does not ask', () => replaceFile('05-red-flags.md', (t) => t.replace('  Ask: And this?', '  Ask: And this?\n  When: nope')), 'checklist.md', /'When:' names 'nope', which the checklist does not ask/],
    ['a condition that cannot be read', () => replaceFile('05-red-flags.md', (t) => t.replace('  Ask: And this?', '  Ask: And this?\n  When: age>old')), '05-red-flags.md', /'old' is not a whole number/],
    ['a cause no block explains', () => replaceFile('05-red-flags.md', (t) => t.replace('{#red-flags-second source=ref-one}', '{#red-flags-second source=ref-one cause=nope}')), 'checklist.md', /cause 'nope' is not explained/],
    ['an old= that is not an urgency', () => replaceFile('05-red-flags.md', (t) => t.replace('{#red-flags-second source=ref-one}', '{#red-flags-second source=ref-one old=later}')), '05-red-flags.md', /old 'later'/],
    ['a rule without a tier', () => replaceFile('checklist.md', (t) => `${t}\n### rule both\nName: both\nWhen: red-flags-first and red-flags-second\n`), 'checklist.md', /'both' needs a 'Tier:' line/],
    ['a choice question with one choice', () => replaceFile('checklist.md', (t) => `${t}\n### question how\nType: choice\nAsk: How?\nName: How\nPlace: last\n- {#one}: One\n`), 'checklist.md', /lists two or more choices/],
    ['checklist unknown urgency', () => replaceFile('checklist.md', (t) => t.replace('### see-doctor', '### later')), 'checklist.md', /'later' is not an urgency/],
    ['handout file missing', () => validFiles().filter((f) => f.name !== 'handout.md'), 'handout.md', /file missing/],
    ['a handout names a part no section marks', () => replaceFile('handout.md', (t) => t.replace('summary: key, signs', 'summary: key, signs, extra')), 'handout.md', /'extra', which no section marks/],
    ['a marked part no handout takes', () => replaceFile('handout.md', (t) => t.replace('summary: key, signs', 'summary: signs')), 'handout.md', /'key' is marked but no handout takes it/],
    ['a part not closed', () => replaceFile('01-intro.md', (t) => t.replace('{/handout}\n', '')), '01-intro.md', /'key' is not closed/],
    ['a part inside a part', () => replaceFile('01-intro.md', (t) => t.replace('Plain words here.', '{handout inner}\nPlain words here.')), '01-intro.md', /starts inside 'key'/],
    ['a close with no part open', () => replaceFile('01-intro.md', (t) => `${t}\n{/handout}\n`), '01-intro.md', /closes no handout part/],
    ['a part citing an unknown source', () => replaceFile('01-intro.md', (t) => t.replace('sources=ref-one', 'sources=nope')), '01-intro.md', /unknown source 'nope'/],
    ['a malformed handout mark', () => replaceFile('01-intro.md', (t) => t.replace('{handout key sources=ref-one}', '{handout Key}')), '01-intro.md', /malformed annotation/],
    ['reference without Supports', () => replaceFile('sources.md', (t) => t.replace(/ {2}Supports: .*\n/, '')), 'sources.md', /Supports:/],
  ];
  it.each(cases)('%s', (_, files, file, message) => {
    const error = errorOf(files());
    expect(error.file).toBe(file);
    expect(error.message).toMatch(message);
    expect(error.message.startsWith(file)).toBe(true);
  });
});
