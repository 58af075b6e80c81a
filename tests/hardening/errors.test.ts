import { spawnSync } from 'node:child_process';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRun } from '../../src/cli/run.js';
import { builtData } from '../support/cli.js';

const run = createRun(builtData);
import { BIN, backpain } from '../support/cli.js';
import { fakeIo } from '../support/fake-io.js';
import { usageLineProblems } from './args.js';

/**
 * Every kind of usage error: the arguments (and stdin), what the message must name as wrong,
 * and what it must say would be right. Each must also name a command that shows the choices.
 */
const CASES: [string[], RegExp, RegExp, string?][] = [
  [['raed'], /unknown command 'raed'/, /Did you mean 'read'\?/],
  [['frobnicate'], /unknown command 'frobnicate'/, /Commands: read, sections, list, search, check, sources, handout, completion\./],
  [['help', 'lsit'], /no help for 'lsit'/, /Did you mean 'list'\?/],
  [['--json'], /no command given/, /Try 'backpain read'/],
  [['--width', '60'], /unknown option '--width'/, /See 'backpain --help'/],
  [['--json', 'sections'], /unknown option '--json'/, /Options go after the command: 'backpain sections --json'/],
  [['sections', '--jsn'], /unknown option '--jsn'/, /Did you mean '--json'\?/],
  [['sections', 'extra'], /too many arguments for 'sections'/, /Expected 0 arguments/],
  [['read', 'cuases'], /unknown section 'cuases'/, /Did you mean 'causes'\?/],
  [['read', '99'], /there is no section 99/, /numbered 1 to 10/],
  [['read', 'leg'], /section 'leg' is ambiguous/, /could be 'leg-weakness', 'leg-pain'/],
  [['read', '--format', 'pdf'], /this command has no 'pdf' format/, /Use --format with one of: terminal, text, markdown, json, html/],
  [['read', '-o', 'guide.pdf'], /cannot write '\.pdf' files \(guide\.pdf\)/, /It writes \.html, \.htm, \.json, \.md, \.markdown, \.txt/],
  [['list', 'causes', '-o', 'list.html'], /cannot write '\.html' files/, /It writes \.json, \.md, \.markdown, \.txt, \.tsv/],
  [['sections', '--json', '--format', 'text'], /--json and --format text ask for two different formats/, /Use --format with one of/],
  [['check', '--questions', '--yes', 'pregnancy'], /--questions lists the questions and answers none; leave out --yes/, /backpain check --help/],
  [['check', '--questions', '--answers', '-'], /leave out --answers/, /backpain check --help/],
  [['check', '--yes', ''], /--yes needs at least one question id/, /For example: --yes age=45,one-leg-pain,trend=worse/],
  [['read', '--format'], /option '--format <format>' needs a value/, /Formats: terminal, text, markdown, json, html/],
  [['read', '--width', '10'], /--width must be a whole number from 20 to 300/, /For example: --width 60\. See/],
  [['read', '--width'], /option '--width <columns>' needs a value/, /For example: --width 60/],
  [['read', '-o'], /option '-o, --output <file>' needs a value/, /Give a file name/],
  [['list'], /missing required argument 'kind'/, /Lists: causes, treatments, risk-factors, red-flags, urgent-signs, not-back-signs, symptoms/],
  [['list', 'cuases'], /unknown list 'cuases'/, /Did you mean 'causes'\?/],
  [['list', 'r'], /list 'r' is ambiguous/, /could be 'risk-factors', 'red-flags'/],
  [['search'], /missing required argument 'words'/, /For example: backpain search sitting/],
  [['search', ' '], /search needs at least one word/, /Try: backpain search sitting/],
  [['check'], /check asks questions, which needs a terminal/, /answer with --yes <id,id,\.\.\.> or --answers <file\|->/],
  [['check', '--yes'], /option '--yes <ids>' needs a value/, /For example: --yes age=45,one-leg-pain,trend=worse/],
  [['check', '--yes', 'agee'], /unknown question id 'agee'/, /Did you mean 'age'\?/],
  [['check', '--yes', 'pregnancy', '--answers', '-'], /give either --yes or --answers, not both/, /either --yes or --answers/],
  [['check', '--yes', 'pregnancy', '--format', 'tsv'], /no 'tsv' format/, /Use --format with one of: terminal, text, json/],
  [['check', '--answers'], /option '--answers <file>' needs a value/, /Give a JSON file, or - for standard input/],
  [['check', '--answers', 'nofile.json'], /cannot read answers from 'nofile.json': no such file/, /Give a JSON file, or - for standard input/],
  [['check', '--answers', '-'], /standard input is empty/, /expected a JSON object such as \{"age": 45\}/, ''],
  [['check', '--answers', '-'], /standard input is not valid JSON/, /Expected an object such as/, 'yes please'],
  [['check', '--answers', '-'], /the answer for 'pregnancy' must be true or false, not a string/, /For example: \{"age": 45, "chest-pain": false, "fever": "not-sure"\}/, '{"pregnancy": "yes"}'],
  [['completion'], /missing required argument 'shell'/, /Shells: bash, zsh, fish/],
  [['completion', 'bsh'], /no completion for shell 'bsh'/, /Did you mean 'bash'\?/],
];

describe('errors are written for people', () => {
  it.each(CASES.map(([args, wrong, right, stdin]) => [args.join(' ') + (stdin === undefined ? '' : ` <<< ${JSON.stringify(stdin)}`), args, wrong, right, stdin] as const))(
    'backpain %s: what was wrong, what would be right, where to see the choices',
    async (_, args, wrong, right, stdin) => {
      const io = fakeIo(stdin === undefined ? {} : { stdin });
      const code = await run(args, io);
      expect(code).toBe(2);
      expect(io.out()).toBe('');
      expect(io.err()).toMatch(wrong);
      expect(io.err()).toMatch(right);
      expect(usageLineProblems(io.err())).toEqual([]);
    },
  );

  it('the built CLI says the same, with nothing on stdout', () => {
    for (const [args, wrong, right, stdin] of CASES.slice(0, 8)) {
      const result = backpain(args, stdin === undefined ? {} : { input: stdin });
      expect([args.join(' '), result.code, result.stdout]).toEqual([args.join(' '), 2, '']);
      expect(result.stderr).toMatch(wrong);
      expect(result.stderr).toMatch(right);
    }
  });
});

describe('a file the system will not let us write', () => {
  it('is one line naming the file and the reason, exit 1, never an internal error', async () => {
    const io = fakeIo({});
    const code = await run(['sections', '-o', 'out.txt'], io);
    expect(code).toBe(1);
    expect(io.out()).toBe('');
    expect(io.err()).toBe("backpain: cannot write 'out.txt': the file system is read-only. Choose another place.\n");
  });
});

describe('internal errors', () => {
  async function internalError(env: Record<string, string>): Promise<{ code: number; err: string }> {
    const io = fakeIo({ env });
    io.stdout.write = () => {
      throw new Error('disk on fire');
    };
    const code = await run(['sections'], io);
    return { code, err: io.err() };
  }

  it('an internal error is one line asking for a report, exit 1', async () => {
    const { code, err } = await internalError({});
    expect(code).toBe(1);
    expect(err).toBe('backpain: internal error: disk on fire. Please report it; BACKPAIN_DEBUG=1 shows the details.\n');
  });

  it('BACKPAIN_DEBUG=1 adds the stack for bug reports', async () => {
    const { err } = await internalError({ BACKPAIN_DEBUG: '1' });
    expect(err).toMatch(/^backpain: internal error: disk on fire\..*\nError: disk on fire\n\s+at /s);
  });

  it('the same in the built CLI: one line, and the stack only with BACKPAIN_DEBUG=1', () => {
    // A preload plants a bug: JSON.stringify, which `sections --json` needs, throws.
    const preload = join(mkdtempSync(join(tmpdir(), 'backpain-err-')), 'planted-bug.cjs');
    writeFileSync(preload, "JSON.stringify = () => { throw new Error('disk on fire'); };\n");
    const spawn = (env: Record<string, string>): ReturnType<typeof spawnSync> =>
      spawnSync(process.execPath, ['--require', preload, BIN, 'sections', '--json'], { encoding: 'utf8', input: '', env: { ...process.env, ...env } });
    const plain = spawn({ BACKPAIN_DEBUG: '' });
    expect(plain.status).toBe(1);
    expect(plain.stderr).toBe('backpain: internal error: disk on fire. Please report it; BACKPAIN_DEBUG=1 shows the details.\n');
    const debug = spawn({ BACKPAIN_DEBUG: '1' });
    expect(debug.status).toBe(1);
    expect(debug.stderr).toMatch(/^backpain: internal error: disk on fire\..*\nError: disk on fire\n\s+at /s);
  });
});
