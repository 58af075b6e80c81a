import { completionScript, parseShell } from '../cli/completion.js';
import { ok, type Outcome } from '../cli/io.js';
import { LIST_KINDS } from '../content/types.js';
import type { Context } from './context.js';

export function completionCommand(ctx: Context, [shell = '']: readonly string[]): Outcome {
  return ok(completionScript(parseShell(shell), { sections: ctx.guide.sections.map((s) => s.id), lists: LIST_KINDS }));
}
