import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BIN } from '../support/cli.js';

const PRELOAD = fileURLToPath(new URL('./sandbox-preload.cjs', import.meta.url));
// The working directory is read-only (which stops any user but root; the preload stops root too).
const cwd = mkdtempSync(join(tmpdir(), 'backpain-ro-'));
chmodSync(cwd, 0o555);
// Somewhere else to read answers from and to write --output to.
const elsewhere = mkdtempSync(join(tmpdir(), 'backpain-rw-'));
const answersFile = join(elsewhere, 'answers.json');
writeFileSync(answersFile, '{"pregnancy": true, "one-leg-pain": true}');

function sandboxed(args: string[], options: { input?: string; allow?: string } = {}): { code: number | null; stdout: string; stderr: string } {
  const env: Record<string, string | undefined> = { ...process.env, FORCE_COLOR: '0', BACKPAIN_TEST_ALLOW_WRITE: options.allow };
  const result = spawnSync(process.execPath, ['--require', PRELOAD, BIN, ...args], { cwd, env, input: options.input ?? '', encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const COMMANDS: [string[], string?][] = [
  [['read']],
  [['read', 'causes', '--format', 'text']],
  [['read', '--format', 'html']],
  [['read', '--json']],
  [['sections']],
  [['list', 'causes']],
  [['list', 'red-flags', '--json']],
  [['search', 'nerve']],
  [['sources']],
  [['check', '--questions']],
  [['check', '--yes', 'pregnancy,one-leg-pain', '--json']],
  [['check', '--answers', '-'], '{"pee-start": true}'],
  [['check', '--answers', answersFile, '--format', 'text']],
  [['completion', 'bash']],
  [['completion', 'zsh']],
  [['help', 'read']],
  [['--help']],
  [['--version']],
  [[]],
];

describe('no network, no writes', () => {
  it('the sandbox really forbids network use and writes (so the test can fail)', () => {
    const probe = spawnSync(process.execPath, ['--require', PRELOAD, '-e', "require('https').get('https://example.com')"], { encoding: 'utf8' });
    expect(probe.stderr).toContain('sandbox: https.get is not allowed');
    for (const [code, message] of [
      ["fetch('https://example.com')", 'fetch'],
      ["require('dns').promises.lookup('example.com')", 'dns.promises.lookup'],
      ["require('net').connect(80, 'example.com')", 'net.connect'],
      ["import('node:http').then((http) => http.request('http://example.com'))", 'http.request'],
    ] as const) {
      const result = spawnSync(process.execPath, ['--require', PRELOAD, '-e', code], { encoding: 'utf8' });
      expect(result.stderr).toContain(`sandbox: ${message} is not allowed`);
    }
    const write = spawnSync(process.execPath, ['--require', PRELOAD, '-e', "require('fs').writeFileSync('x', 'y')"], { cwd, encoding: 'utf8' });
    expect(write.stderr).toContain('sandbox: writeFileSync(x) is not allowed');
  });

  it.each(COMMANDS.map(([args, input]) => [args.join(' '), args, input] as const))('backpain %s succeeds with the network and writes forbidden', (_, args, input) => {
    const result = sandboxed(args, input === undefined ? {} : { input });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout.length).toBeGreaterThan(0);
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('only --output writes, and only where it is told to', () => {
    const target = join(elsewhere, 'handout.html');
    const allowed = sandboxed(['read', '-o', target], { allow: target });
    expect(allowed.code).toBe(0);
    expect(allowed.stdout).toBe('');
    expect(readFileSync(target, 'utf8')).toMatch(/^<!doctype html>/);
    const other = sandboxed(['read', '-o', join(elsewhere, 'other.md')], { allow: target });
    expect(other.code).not.toBe(0);
    expect(existsSync(join(elsewhere, 'other.md'))).toBe(false);
    expect(readdirSync(elsewhere).sort()).toEqual(['answers.json', 'handout.html']);
    expect(readdirSync(cwd)).toEqual([]);
  });
});
