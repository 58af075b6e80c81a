import type { Guide, Section } from '../content/types.js';
import type { Messages } from '../messages/en.js';
import { articleCredit, otherSourcesLine } from './credit.js';

function sectionMarkdown(section: Section): string {
  // Numbered, as the guide refers to its sections ("section 8") and the printed pages number them.
  return `## ${section.number}. ${section.title}\n\n${section.markdown}\n`;
}

/** The footer every rendered read ends with, one section or the whole guide: credit and disclaimer. */
function footerMarkdown(guide: Guide, m: Messages): string {
  const lines = [articleCredit(guide.sources, m.credit), otherSourcesLine(guide.sources, m.credit), `**${guide.sources.disclaimer}**`];
  return `---\n\n${lines.join('\n\n')}\n`;
}

/**
 * The blocks a read is made of: the title for the whole guide, each section, the footer. Joined
 * with newlines they are the markdown a pipe gets; the build renders each one as terminal text.
 */
export function readBlocks(guide: Guide, sections: readonly Section[], whole: boolean, m: Messages): string[] {
  const blocks = [...sections.map(sectionMarkdown), footerMarkdown(guide, m)];
  return whole ? [`# ${guide.title}\n`, ...blocks] : blocks;
}

/** What names each block of a read, in the order readBlocks gives them: `#title`, each section's id, `#footer` (an id cannot start with #). */
export function readKeys(sections: readonly Pick<Section, 'id'>[], whole: boolean): string[] {
  const keys = [...sections.map((s) => s.id), '#footer'];
  return whole ? ['#title', ...keys] : keys;
}
