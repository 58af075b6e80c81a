import type { CommandEntry } from '../commands.js';

export const check: CommandEntry = {
  name: 'check',
  args: '',
  formats: ['terminal', 'text', 'json'],
  pipe: 'text',
  modes: [{ when: 'questions', formats: ['terminal', 'text', 'tsv', 'json'], pipe: 'tsv' }],
  options: [{ flags: '--questions' }, { flags: '--yes <ids>' }, { flags: '--answers <file>' }],
  examples: ['backpain check', 'backpain check --questions', 'backpain check --yes age=45,one-leg-pain --json'],
  complete: 'none',
  load: async () => (await import('../../commands/check.js')).checkCommand,
};
