import type { CommandEntry } from '../commands.js';

export const list: CommandEntry = {
  name: 'list',
  args: '<kind>',
  formats: ['terminal', 'text', 'markdown', 'tsv', 'json'],
  pipe: 'tsv',
  examples: ['backpain list red-flags', 'backpain list causes', "backpain list treatments --json | jq -r '.[].name'"],
  complete: 'lists',
  load: async () => (await import('../../commands/list.js')).listCommand,
};
