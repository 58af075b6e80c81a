import type { CommandEntry } from '../commands.js';

export const sources: CommandEntry = {
  name: 'sources',
  args: '',
  formats: ['terminal', 'text', 'markdown', 'tsv', 'json'],
  pipe: 'text',
  examples: ['backpain sources', 'backpain sources --json'],
  complete: 'none',
  load: async () => (await import('../../commands/sources.js')).sourcesCommand,
};
