import { completionScript, parseShell } from '../cli/completion.js';
import { ok, type Context, type Outcome } from './context.js';

export function completionCommand(ctx: Context, [shell = '']: readonly string[]): Outcome {
  return ok(completionScript(parseShell(shell), { sections: ctx.guide.sections.map((s) => s.id), messages: ctx.messages }));
}
