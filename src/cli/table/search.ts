import type { CommandEntry } from '../commands.js';

export const search: CommandEntry = {
  name: 'search',
  args: '<words...>',
  formats: ['terminal', 'text', 'tsv', 'json'],
  pipe: 'tsv',
  examples: ['backpain search sitting', 'backpain search nerve pain'],
  complete: 'none',
  load: async () => (await import('../../commands/search.js')).searchCommand,
};
