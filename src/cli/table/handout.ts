import type { CommandEntry } from '../commands.js';

export const handout: CommandEntry = {
  name: 'handout',
  args: '',
  formats: ['html'],
  pipe: 'html',
  options: [{ flags: '--card' }, { flags: '--full' }],
  examples: ['backpain handout -o handout.html', 'backpain handout --card -o card.html', 'backpain --lang es handout -o hoja.html'],
  complete: 'none',
  load: async () => (await import('../../commands/handout.js')).handoutCommand,
};
