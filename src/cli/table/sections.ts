import type { CommandEntry } from '../commands.js';

export const sections: CommandEntry = {
  name: 'sections',
  args: '',
  formats: ['terminal', 'text', 'tsv', 'json'],
  pipe: 'tsv',
  examples: ['backpain sections', 'backpain sections --json'],
  complete: 'none',
  load: async () => (await import('../../commands/sections.js')).sectionsCommand,
};
