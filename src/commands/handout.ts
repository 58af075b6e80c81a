import { UsageError } from '../core/errors.js';
import { assembleHtml } from '../render/html-page.js';
import { ok, type Context, type Outcome } from './context.js';

/** `backpain handout`: a page to print, from content only: the summary, the card, or the whole guide. */
export function handoutCommand(ctx: Context): Outcome {
  const { flags } = ctx;
  if (flags.card && flags.full) throw new UsageError('cardAndFull');
  const page = flags.card ? 'card' : flags.full ? 'full' : 'summary';
  return ok(assembleHtml(ctx.html(), page, 'all', true));
}
