import type { CommandEntry } from '../commands.js';

export const completion: CommandEntry = {
  name: 'completion',
  args: '<shell>',
  formats: [],
  examples: [
    'backpain completion bash > ~/.local/share/bash-completion/completions/backpain',
    'backpain completion zsh > ~/.zfunc/_backpain',
    'backpain completion fish > ~/.config/fish/completions/backpain.fish',
  ],
  complete: 'shells',
  load: async () => (await import('../../commands/completion.js')).completionCommand,
};
