/** The one shape every error takes: one line on stderr, what was wrong and what would be right. */
export function errorLine(message: string, hint = ''): string {
  return `backpain: ${message}${hint ? ` ${hint}` : ''}\n`;
}
