/** Inquirer.js rejects with ExitPromptError when the user presses Ctrl-C (or the input closes). */
export function isPromptExit(error: unknown): boolean {
  return error instanceof Error && error.name === 'ExitPromptError';
}
