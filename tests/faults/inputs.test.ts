import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backpain } from '../support/cli.js';
import { BIN, CLI, NODE, sh, tempDir } from './support.js';

// Inputs with no ambiguity in a safety-critical answer file, and echoes that can neither flood the
// terminal nor hide what was typed.
describe('the answers file', () => {
  it('a question answered twice is an error naming it, never "the last one wins"', () => {
    const result = backpain(['check', '--answers', '-'], { input: '{"pee-start": true, "pee-start": false}' });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^backpain: standard input answers 'pee-start' twice; give each question once\./);
  });

  it('one question answered twice is an error whatever the case or Unicode form of its keys, naming both', () => {
    for (const input of ['{"Fever": true, "fever": false}', '{"FEVER": true, "\uFF46\uFF45\uFF56\uFF45\uFF52": false}', '{"bac\u212A-lump": true, "back-lump": false}']) {
      const result = backpain(['check', '--answers', '-'], { input });
      expect(result.code, input).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/^backpain: standard input answers '(fever|back-lump)' twice, as '.+' and '.+'; give each question once\./);
    }
    expect(backpain(['check', '--yes', 'fever,FEVER']).stderr).toMatch(/--yes answers 'fever' twice/);
  });

  it('answer ids take any case, as section and list names do', () => {
    expect(JSON.parse(backpain(['check', '--yes', 'AGE=45,Pee-Start', '--json']).stdout)).toMatchObject({ urgency: 'emergency' });
    expect(JSON.parse(backpain(['check', '--answers', '-', '--json'], { input: '{"PREGNANCY": true}' }).stdout)).toMatchObject({ riskFactors: ['pregnancy'] });
  });

  it('no error quotes the file: not its text, not a value in it', () => {
    const dir = tempDir('answers-text');
    const cases: [string, RegExp][] = [
      ['root:x:0:0:my-secret-password:/root:/bin/bash\n', /is not valid JSON: an unexpected character at line 1, column 1\./],
      ['{"pregnancy": "my-secret-password"}', /must be true or false, not a string\./],
      ['{"my secret password": true}', /unknown question id '…'/],
      ['{"pregnancy": true, "pregnancy": "my-secret-password"}', /answers 'pregnancy' twice/],
    ];
    for (const [text, message] of cases) {
      const file = join(dir, 'answers.json');
      writeFileSync(file, text);
      const result = backpain(['check', '--answers', file]);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(result.stderr).not.toMatch(/secret|password|root:x/);
    }
  });
});

describe('arguments and echoes', () => {
  it('an argument of 32 KiB or more is a one-line usage error, exit 2', () => {
    for (const args of [['read', 'x'.repeat(32 * 1024)], ['search', 'y'.repeat(100_000)], ['list', 'causes', '--width', '9'.repeat(40_000)]]) {
      const result = backpain(args);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/^backpain: argument \d is \d+ KiB long; backpain takes arguments of less than 32 KiB\. See 'backpain (read|search|list) --help'\.\n$/);
    }
    expect(backpain(['search', 'y'.repeat(32 * 1024 - 1)]).code).toBe(1);
  });

  it('an error that would echo a lot of input says about 200 characters of it and an ellipsis', () => {
    const words = Array.from({ length: 20_000 }, (_, i) => `zq${i}`);
    const result = spawnSync(NODE, [BIN, 'search', ...words], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr.split('\n')).toHaveLength(2);
    expect(result.stderr.length).toBeLessThan(400);
    expect(result.stderr).toMatch(/^backpain: no section contains 'zq0' and 'zq1' and .* and …\. /);
  });

  it.each([
    ['a tag character', '\u{E0041}causes', /'\\u\{e0041\}causes'/],
    ['a variation selector', 'caus\uFE0Fes', /'caus\\ufe0fes'/],
    ['a soft hyphen', 'cau\u00ADses', /'cau\\xadses'/],
    ['a word joiner', 'cau\u2060ses', /'cau\\u2060ses'/],
    ['a no-break space', 'cau\u00A0ses', /'cau\\xa0ses'/],
    ['a Hangul filler', 'cau\u3164ses', /'cau\\u3164ses'/],
    ['a private-use character', 'cau\uE000ses', /'cau\\ue000ses'/],
    ['an interlinear annotation', 'cau\uFFF9ses', /'cau\\ufff9ses'/],
  ])('%s is shown escaped, so the echo reads as what was typed', (_, name, shown) => {
    const result = backpain(['read', name]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(shown);
  });

  it('BACKPAIN_DEBUG stacks are escaped the same way; only 1 or true turn debug on', () => {
    const dir = tempDir('debug');
    const preload = join(dir, 'bug.cjs');
    writeFileSync(preload, "JSON.stringify = () => { throw new Error('bad \\u{E0041}\\u001b[31mred\\u2066 thing'); };\n");
    const run = (value: string): string => sh(`BACKPAIN_DEBUG=${value} "${NODE}" --require "${preload}" "${BIN}" sections --json`).stderr;
    const on = run('1');
    expect(on).toMatch(/^backpain: internal error: bad \\u\{e0041\}\\x1b\[31mred\\u2066 thing\./);
    expect(on).toMatch(/\nError: bad \\u\{e0041\}\\x1b\[31mred\\u2066 thing\n\s+at /);
    // eslint-disable-next-line no-control-regex -- the raw characters must not get through
    expect(on).not.toMatch(/[\u001b\u2066]|\u{E0041}/u);
    expect(run('true')).toMatch(/\n\s+at /);
    for (const off of ['yes', '2', 'on', '']) expect(run(off).split('\n')).toHaveLength(2);
  });
});

describe('standard output', () => {
  it('on /dev/null opened read-write (subprocess.DEVNULL, stdio "ignore", 1<>/dev/null) works as /dev/null does: exit 0, nothing said', () => {
    expect(sh(`${CLI} sections 1<>/dev/null; echo "exit=$?"`).stdout).toBe('exit=0\n');
    const ignored = spawnSync(NODE, [BIN, 'read'], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
    expect([ignored.status, ignored.stderr]).toEqual([0, '']);
    const python = spawnSync('python3', ['-c', `import subprocess, sys; sys.exit(subprocess.run([${JSON.stringify(NODE)}, ${JSON.stringify(BIN)}, 'sections'], stdout=subprocess.DEVNULL).returncode)`]);
    if (python.error === undefined) expect(python.status).toBe(0);
  });

  it('on a folder is one line and exit 1', () => {
    const result = sh(`${CLI} sections 1<"${tempDir('stdout-folder')}"`);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('backpain: standard output is a folder; nothing can be printed to it.\n');
  });
});
