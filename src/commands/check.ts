import { answersFromJson, answersFromYes, ANSWERS_LIMIT, type Where } from '../check/answers.js';
import { askChecklist, isPromptExit } from '../check/flow.js';
import { checklistQuestions, type Question } from '../check/questions.js';
import { assess, type Answers } from '../check/score.js';
import { regionOf } from '../core/lang.js';
import { EXIT_CANCELLED } from '../core/exit.js';
import { UsageError, isUsageError } from '../core/errors.js';
import { visible } from '../core/visible.js';
import { toJson, toTsv } from '../render/data.js';
import { checkLayout, questionsLayout } from '../render/check.js';
import { wrapText } from '../render/wrap.js';
import { ok, type Context, type Outcome } from './context.js';

/** Why a file could not be read, by its error code (words in the catalog). */
const READ_REASONS: Readonly<Record<string, 'noSuchFile' | 'isFolder' | 'permissionDenied' | 'notRegular'>> = { ENOENT: 'noSuchFile', EISDIR: 'isFolder', EACCES: 'permissionDenied', ENOTREGULAR: 'notRegular' };

async function readAnswers(ctx: Context, questions: readonly Question[], source: string): Promise<Answers> {
  const { io } = ctx;
  const where: Where = source === '-' ? { stdin: true } : { file: source };
  if (source === '-' && io.stdin.isTTY) throw new UsageError('answersStdinTerminal', {}, { key: 'pipeAnswers' });
  let text: string;
  try {
    text = source === '-' ? await io.stdin.readAll(ANSWERS_LIMIT) : await io.readFile(source, ANSWERS_LIMIT);
  } catch (error) {
    if (isUsageError(error)) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? '';
    const at = 'file' in where ? { where: `'${visible(where.file)}'` } : { whereKey: 'standardInput' };
    throw new UsageError('answersUnreadable', { ...at, reason: ctx.messages.reasons[READ_REASONS[code] ?? 'cannotRead'] }, { key: 'answersValue' });
  }
  const { parseAnswers } = await import('../check/answers-json.js');
  return answersFromJson(questions, text, where, parseAnswers);
}

async function askInteractively(ctx: Context, questions: readonly Question[]): Promise<Answers> {
  // A dumb terminal cannot move its cursor, which Inquirer.js's prompts need: it gets the plain lines.
  const asker = await ctx.io.asker(ctx.messages, ctx.out.accessible || ctx.io.env.TERM === 'dumb');
  // Wrapped here: left to the terminal, a line breaks mid-word.
  asker.say(wrapText(ctx.guide.checklist.intro, ctx.out.width));
  return askChecklist(questions, asker, ctx.guide.checklist);
}

/** A question as `--questions --json` gives it: what it asks, what it takes, and when it is asked. */
function questionJson(q: Question, lang: string): Record<string, unknown> {
  return {
    id: q.id,
    kind: q.kind,
    type: q.type,
    text: q.text,
    ...(q.hint ? { hint: q.hint } : {}),
    tier: q.tier,
    ...(q.old ? { tierIfNotNew: q.old } : {}),
    ...(q.warning ? { notSure: q.unsure } : {}),
    ...(q.type === 'choice' ? { choices: q.choices.map(({ id, text, tier }) => ({ id, text, tier })) } : {}),
    ...(q.type === 'number' ? { min: q.min, max: q.max } : {}),
    ...(q.when ? { askedWhen: q.when } : {}),
    ...(q.newOf ? { newOf: q.newOf } : {}),
    lang,
  };
}

function listQuestions(ctx: Context, questions: readonly Question[]): Outcome {
  for (const flag of ['yes', 'answers'] as const) if (ctx.flags[flag] !== undefined) throw new UsageError('questionsAndAnswers', { flag });
  if (ctx.out.format === 'json') return ok(toJson(questions.map((q) => questionJson(q, ctx.lang))));
  if (ctx.out.format === 'tsv') return ok(toTsv(questions.map((q) => [q.id, q.kind, q.lead ? `${q.lead} ${q.text}` : q.text, q.tier, q.type])));
  return ok(questionsLayout(questions, ctx.style, ctx.out.width));
}

export async function checkCommand(ctx: Context): Promise<Outcome> {
  const { guide, io, flags, out } = ctx;
  const questions = checklistQuestions(guide);
  if (flags.questions) return listQuestions(ctx, questions);
  if (flags.yes !== undefined && flags.answers !== undefined) throw new UsageError('yesAndAnswers');
  let answers: Answers;
  let gap = '';
  if (flags.yes !== undefined) answers = answersFromYes(questions, flags.yes);
  else if (flags.answers !== undefined) answers = await readAnswers(ctx, questions, flags.answers);
  else if (!io.stdin.isTTY || !io.stdout.isTTY) throw new UsageError('needsTerminal', {}, { key: 'needsTerminal' });
  else {
    try {
      answers = await askInteractively(ctx, questions);
      gap = '\n';
    } catch (error) {
      if (isPromptExit(error)) return { stdout: '', stderr: `${ctx.messages.check.cancelled}\n`, code: EXIT_CANCELLED };
      throw error;
    }
  }
  const result = assess(questions, answers, guide.checklist);
  const region = regionOf(io.env);
  const number = (region && guide.checklist.numbers[region]) ?? '';
  if (out.format === 'json') return ok(toJson({ ...result, ...(region ? { region } : {}), emergencyNumber: number || null, lang: ctx.lang }));
  return ok(gap + checkLayout(result, questions, guide, ctx.messages, ctx.style, out.width, { number }));
}
