import { WARNING_MARK } from '../content/item-markdown.js';
import { isWarningQuestion } from '../content/list-kinds.js';
import { answersFromJson, answersFromYes, ANSWERS_LIMIT } from '../check/answers.js';
import { isPromptExit } from '../check/cancel.js';
import { askChecklist } from '../check/flow.js';
import { checklistQuestions, type Question } from '../check/questions.js';
import { assess, type Answers } from '../check/score.js';
import { ok, type Io, type Outcome } from '../cli/io.js';
import { decideOutput, decideWidth } from '../cli/settings.js';
import { UsageError } from '../core/errors.js';
import { visible } from '../core/visible.js';
import { checkLayout, questionsLayout } from '../render/check.js';
import { toJson } from '../render/json.js';
import { loadStyle } from '../render/style.js';
import { toTsv } from '../render/tsv.js';
import { wrapText } from '../render/wrap.js';
import type { Context } from './context.js';

export const EXIT_CANCELLED = 130;

async function readAnswers(io: Io, questions: readonly Question[], source: string): Promise<Answers> {
  const where = source === '-' ? 'standard input' : `'${visible(source)}'`;
  if (source === '-' && io.stdin.isTTY) {
    throw new UsageError('--answers - reads JSON from standard input, but that is a terminal.', "Pipe it in: echo '{\"age\": true}' | backpain check --answers -");
  }
  let text: string;
  try {
    text = source === '-' ? await io.stdin.readAll(ANSWERS_LIMIT) : await io.readFile(source, ANSWERS_LIMIT);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : code === 'EACCES' ? 'permission denied' : 'it cannot be read';
    throw new UsageError(`cannot read answers from ${where}: ${reason}.`, 'Give a JSON file, or - for standard input.');
  }
  return answersFromJson(questions, text, where);
}

async function askInteractively(io: Io, questions: readonly Question[], intro: string, riskPrompt: string, width: number): Promise<Answers> {
  const asker = await io.asker();
  // Wrapped here: left to the terminal, a line breaks mid-word.
  asker.say(wrapText(intro, width));
  return askChecklist(questions, asker, riskPrompt);
}

export async function checkCommand(ctx: Context): Promise<Outcome> {
  const { guide, io, flags } = ctx;
  const questions = checklistQuestions(guide);
  if (flags.questions) {
    const out = decideOutput(flags, io.env, io.stdout, 'tsv', ['terminal', 'text', 'tsv', 'json']);
    if (out.format === 'json') return ok(toJson(questions.map(({ id, kind, text, tier }) => ({ id, kind, text, tier }))));
    if (out.format === 'tsv') return ok(toTsv(questions.map((q) => [q.id, q.kind, isWarningQuestion(q.kind) ? `${WARNING_MARK} ${q.text}` : q.text, q.tier])));
    return ok(questionsLayout(questions, await loadStyle(out.color), out.width));
  }
  if (flags.yes !== undefined && flags.answers !== undefined) {
    throw new UsageError('give either --yes or --answers, not both.');
  }
  const out = decideOutput(flags, io.env, io.stdout, 'text', ['terminal', 'text', 'json']);
  let answers: Answers;
  let gap = '';
  if (flags.yes !== undefined) answers = answersFromYes(questions, flags.yes);
  else if (flags.answers !== undefined) answers = await readAnswers(io, questions, flags.answers);
  else if (!io.stdin.isTTY || !io.stdout.isTTY) {
    throw new UsageError('check asks questions, which needs a terminal.', "Without one, answer with --yes <id,id,...> or --answers <file|->; see the ids with 'backpain check --questions'.");
  } else {
    try {
      answers = await askInteractively(io, questions, guide.checklist.intro, guide.checklist.riskPrompt, decideWidth(flags.width, io.env, io.stdout));
      gap = '\n';
    } catch (error) {
      if (isPromptExit(error)) return { stdout: '', stderr: 'Checklist cancelled.\n', code: EXIT_CANCELLED };
      throw error;
    }
  }
  const result = assess(questions, answers, guide.checklist);
  if (out.format === 'json') return ok(toJson(result));
  return ok(gap + checkLayout(result, questions, guide, await loadStyle(out.color), out.width));
}
