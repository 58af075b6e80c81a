import { UsageError } from '../core/errors.js';
import { ok, type Context, type Outcome } from './context.js';

/** `backpain handout`: a page to print, from content only: the summary, the card, or the whole guide. */
export async function handoutCommand(ctx: Context): Promise<Outcome> {
  const { flags, guide } = ctx;
  if (flags.card && flags.full) throw new UsageError('cardAndFull');
  const page = flags.card ? 'card' : flags.full ? 'full' : 'summary';
  const { renderHtml } = await import('../render/html.js');
  return ok(renderHtml({ page, guide, pages: ctx.pages(), sections: guide.sections, whole: true, figure: ctx.figure('lower-body'), messages: ctx.messages, lang: ctx.lang }));
}
