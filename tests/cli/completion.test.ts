import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/commands/table.js';
import { LIST_KINDS } from '../../src/content/types.js';
import { backpain } from '../support/cli.js';
import { Tmux } from '../support/terminal.js';

const has = (program: string): boolean => !spawnSync(program, ['--version'], { encoding: 'utf8' }).error;
// .ci/run installs zsh and fish, so CI runs these tests (and fails without the shells); a
// developer's machine without them skips.
const canRun = (shell: string): boolean => has(shell) || process.env.CI === 'true';
const dir = mkdtempSync(join(tmpdir(), 'backpain-completion-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The script the built CLI prints, saved to a file a shell can source. */
function saved(shell: string): string {
  const result = backpain(['completion', shell]);
  expect(result.code).toBe(0);
  expect(result.stderr).toBe('');
  const file = join(dir, `backpain.${shell}`);
  writeFileSync(file, result.stdout);
  return file;
}

const bashFile = saved('bash');

/** Sources the bash script and runs its function as bash would for `line` (a trailing space starts a new word). */
function bash(line: string): string[] {
  const words = line.split(' ');
  const program = `source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(( $# - 1 )); _backpain; printf '%s\\n' "\${COMPREPLY[@]}"`;
  const result = spawnSync('bash', ['-c', program, 'bash', bashFile, ...words], { encoding: 'utf8' });
  expect(result.stderr).toBe('');
  return result.stdout.split('\n').filter(Boolean);
}

describe('backpain completion bash', () => {
  it('completes section ids: `backpain read ca` offers causes, not leg-pain', () => {
    const offered = bash('backpain read ca');
    expect(offered).toContain('causes');
    expect(offered).not.toContain('leg-pain');
    expect(bash('backpain read leg')).toEqual(['leg-weakness', 'leg-pain']);
  });

  it('completes list kinds: `backpain list r`', () => {
    expect(bash('backpain list r').sort()).toEqual(['red-flags', 'risk-factors']);
    expect(bash('backpain list u')).toEqual(['urgent-signs']);
  });

  it('completes commands after `backpain `', () => {
    expect(bash('backpain ')).toEqual([...COMMANDS.map((c) => c.name), 'help']);
  });

  it("completes a command's options after `backpain read --`", () => {
    expect(bash('backpain read --')).toEqual(expect.arrayContaining(['--format', '--json', '--width', '--output', '--force', '--no-pager', '--help', '--no-color']));
    expect(bash('backpain check --')).toEqual(expect.arrayContaining(['--questions', '--yes', '--answers']));
    expect(bash('backpain read --no')).toEqual(['--no-pager', '--no-color']);
    expect(bash('backpain check --y')).toEqual(['--yes']);
    // completion prints a script, not data: no output options to offer.
    expect(bash('backpain completion --')).not.toContain('--format');
  });

  it("completes each command's own formats after --format, and nothing for a free value", () => {
    expect(bash('backpain read --format ')).toEqual(['terminal', 'text', 'markdown', 'json', 'html']);
    expect(bash('backpain list --format ')).toEqual(['terminal', 'text', 'markdown', 'tsv', 'json']);
    expect(bash('backpain sections --format t')).toEqual(['terminal', 'text', 'tsv']);
    // check has tsv only with --questions: offered, since the flag may come after.
    expect(bash('backpain check --format ')).toEqual(['terminal', 'text', 'json', 'tsv']);
    expect(bash('backpain read --width ')).toEqual([]);
  });

  it('finds the command after global options, and completes shells and help topics', () => {
    expect(bash('backpain --no-color read ca')).toEqual(['causes']);
    expect(bash('backpain -')).toEqual(['--help', '--version', '--color', '--no-color', '--lang', '--accessible']);
    expect(bash('backpain completion ')).toEqual(['bash', 'zsh', 'fish']);
    expect(bash('backpain help s')).toEqual(['sections', 'search', 'sources']);
  });

  it('finds the command after `--lang es`, and offers the languages after `--lang`', () => {
    expect(bash('backpain --lang es re')).toEqual(['read']);
    expect(bash('backpain --lang es read ca')).toEqual(['causes']);
    expect(bash('backpain --lang ')).toEqual(['en', 'es']);
    expect(bash('backpain read --lang e')).toEqual(['en', 'es']);
    expect(bash('backpain --no-color --lang es list r').sort()).toEqual(['red-flags', 'risk-factors']);
  });

  it('keeps a file name with a space as one word after -o', () => {
    const files = mkdtempSync(join(dir, 'files-'));
    writeFileSync(join(files, 'my notes.html'), '');
    const program = `source "$1"; COMP_WORDS=(backpain handout -o my); COMP_CWORD=3; _backpain; printf '%s\\n' "\${COMPREPLY[@]}"`;
    const result = spawnSync('bash', ['-c', program, 'bash', bashFile], { encoding: 'utf8', cwd: files });
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('my notes.html\n');
  });

  it.skipIf(!canRun('shellcheck'))('the script is shellcheck-clean (skipped outside CI where shellcheck is not installed)', () => {
    const result = spawnSync('shellcheck', ['-s', 'bash', bashFile], { encoding: 'utf8' });
    expect(result.stdout).toBe('');
    expect(result.status).toBe(0);
  });
});

describe('backpain completion zsh and fish', () => {
  it.each(['zsh', 'fish'])('%s: a script naming every command, section id and list kind', (shell) => {
    const script = backpain(['completion', shell]).stdout;
    for (const c of COMMANDS) expect(script).toContain(c.name);
    for (const kind of LIST_KINDS) expect(script).toContain(kind);
    expect(script).toContain('causes');
  });

  it.skipIf(!canRun('zsh'))('zsh: the script parses (skipped outside CI where zsh is not installed)', () => {
    const result = spawnSync('zsh', ['-n', saved('zsh')], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it.skipIf(!canRun('fish'))('fish: completes sections, kinds, commands and formats (skipped outside CI where fish is not installed)', () => {
    const file = saved('fish');
    const complete = (line: string): string[] => {
      const result = spawnSync('fish', ['--no-config', '-c', 'source $argv[1]; complete -C $argv[2]', file, line], { encoding: 'utf8' });
      expect(result.stderr).toBe('');
      return result.stdout.split('\n').filter(Boolean).map((l) => l.split('\t')[0] ?? '');
    };
    expect(complete('backpain read ca')).toEqual(['causes']);
    expect(complete('backpain list r').sort()).toEqual(['red-flags', 'risk-factors']);
    expect(complete('backpain ')).toEqual(expect.arrayContaining(COMMANDS.map((c) => c.name)));
    expect(complete('backpain read --format ').sort()).toEqual(['html', 'json', 'markdown', 'terminal', 'text']);
    expect(complete('backpain --lang es re')).toEqual(['read']);
    expect(complete('backpain --lang ')).toEqual(['en', 'es']);
    expect(complete('backpain --lang es list r').sort()).toEqual(['red-flags', 'risk-factors']);
  });
});

// Tab in a real interactive shell (tmux), each set up as the README says.
describe('Tab completes in a real shell (tmux)', () => {
  const sessions: Tmux[] = [];
  afterAll(() => {
    for (const session of sessions) session.kill();
  });
  const setups: [string, string, (file: string) => string][] = [
    ['bash', 'bash --norc --noprofile -i', (file) => `source '${file}'`],
    ['zsh', 'zsh -f -i', (file) => `autoload -U compinit && compinit -u && source '${file}'`],
    ['fish', 'fish --no-config -i', (file) => `source '${file}'`],
  ];
  it.skipIf(!has('tmux') && process.env.CI !== 'true').each(setups)('%s: `backpain --lang es re<Tab>` becomes `read`, and `ca<Tab>` becomes `causes`', async (shell, start, load) => {
    if (!canRun(shell)) return;
    const tmux = new Tmux(`tab-${shell}`);
    sessions.push(tmux);
    tmux.start(start, 'PS1=$ TERM=xterm-256color HOME=/tmp');
    await tmux.waitFor(/[$>#] ?$/m);
    tmux.text(load(saved(shell)));
    tmux.keys('Enter');
    await new Promise((resolve) => setTimeout(resolve, 500));
    tmux.text('backpain --lang es re');
    tmux.keys('Tab');
    expect(await tmux.waitFor(/backpain --lang es read *$/m), tmux.screen()).toBe(true);
    tmux.text('ca');
    tmux.keys('Tab');
    expect(await tmux.waitFor(/backpain --lang es read causes *$/m), tmux.screen()).toBe(true);
  });
});

describe('backpain completion: bad usage', () => {
  it('an unknown shell is a usage error with a suggestion, exit 2', () => {
    const result = backpain(['completion', 'bsh']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe("backpain: no completion for shell 'bsh'. Did you mean 'bash'? Shells: bash, zsh, fish. See 'backpain completion --help'.\n");
  });

  it('takes no output options', () => {
    const result = backpain(['completion', 'bash', '--json']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("unknown option '--json'");
  });
});
