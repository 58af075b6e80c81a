import { UsageError } from '../core/errors.js';
import { ok, type Context, type Outcome } from './context.js';

/** `backpain handout`: a page to print, from content only: the summary, the card, or the whole guide. */
export async function handoutCommand(ctx: Context): Promise<Outcome> {
  const { flags } = ctx;
  if (flags.card && flags.full) throw new UsageError('cardAndFull');
  const page = flags.card ? 'card' : flags.full ? 'full' : 'summary';
  const { assembleHtml } = await import('../render/html-page.js');
  return ok(assembleHtml(ctx.html(), page, 'all', true));
}
