import type { CommandEntry } from '../commands.js';

export const read: CommandEntry = {
  name: 'read',
  args: '[section...]',
  formats: ['terminal', 'text', 'markdown', 'json', 'html'],
  pipe: 'markdown',
  options: [{ flags: '--no-pager' }],
  examples: ['backpain read', 'backpain read causes 8', 'backpain read --format html -o handout.html'],
  complete: 'sections',
  load: async () => (await import('../../commands/read.js')).readCommand,
};
