import { version } from 'backpain:version';
import { examplesText, wrapHelp } from './help-layout.js';
import { topExamples } from './spec.js';

/** What `backpain` alone prints: what it is, how to call it, and a first example of each command. */
export function shortHelp(width: number): string {
  const text = [
    `backpain ${version}: can back pain cause leg pain? A plain-language guide, offline.`,
    '',
    'Usage: backpain <command> [options]',
    '',
    'Examples:',
    examplesText(topExamples(), width),
    '',
    "Run 'backpain --help' for every command and option.",
    '',
  ].join('\n');
  return wrapHelp(text, width);
}
