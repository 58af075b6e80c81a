import type { Guide, Section } from '../content/types.js';
import { articleCredit, otherSourcesLine } from './credit.js';

export function sectionMarkdown(section: Section): string {
  return `## ${section.title}\n\n${section.markdown}\n`;
}

/** The footer every rendered read ends with: credit, and for the whole guide the disclaimer. */
export function footerMarkdown(guide: Guide, whole: boolean): string {
  const lines = [articleCredit(guide.sources), otherSourcesLine(guide.sources)];
  if (whole) lines.push(`**${guide.sources.disclaimer}**`);
  return `---\n\n${lines.join('\n\n')}\n`;
}

/** The guide, or the chosen sections, as one markdown document (what a pipe gets). */
export function readMarkdown(guide: Guide, sections: readonly Section[], whole: boolean): string {
  const head = whole ? `# ${guide.title}\n\n` : '';
  return `${head}${sections.map(sectionMarkdown).join('\n')}\n${footerMarkdown(guide, whole)}`;
}
