import type { CommandEntry } from '../commands.js';

export const completion: CommandEntry = {
  name: 'completion',
  args: '<shell>',
  formats: [],
  examples: [
    'mkdir -p ~/.local/share/bash-completion/completions && backpain completion bash > ~/.local/share/bash-completion/completions/backpain',
    'mkdir -p ~/.zfunc && backpain completion zsh > ~/.zfunc/_backpain',
    'mkdir -p ~/.config/fish/completions && backpain completion fish > ~/.config/fish/completions/backpain.fish',
  ],
  complete: 'shells',
  load: async () => (await import('../../commands/completion.js')).completionCommand,
};
