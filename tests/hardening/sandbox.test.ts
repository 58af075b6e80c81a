import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BIN } from '../support/cli.js';

const PRELOAD = fileURLToPath(new URL('./sandbox-preload.cjs', import.meta.url));
const cwd = mkdtempSync(join(tmpdir(), 'backpain-ro-'));

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
  [['check', '--yes', 'age,one-leg-pain', '--json']],
  [['check', '--answers', '-'], '{"bladder": true}'],
  [['--help']],
  [['--version']],
];

describe('no network, no writes', () => {
  it('the sandbox really forbids network use and writes (so the test can fail)', () => {
    const probe = spawnSync(process.execPath, ['--require', PRELOAD, '-e', "require('https').get('https://example.com')"], { encoding: 'utf8' });
    expect(probe.stderr).toContain('sandbox: https.get is not allowed');
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
    const target = join(cwd, 'handout.html');
    const allowed = sandboxed(['read', '-o', target], { allow: target });
    expect(allowed.code).toBe(0);
    expect(readFileSync(target, 'utf8')).toMatch(/^<!doctype html>/);
    const elsewhere = sandboxed(['read', '-o', join(cwd, 'other.md')], { allow: target });
    expect(elsewhere.code).not.toBe(0);
    expect(existsSync(join(cwd, 'other.md'))).toBe(false);
    expect(readdirSync(cwd)).toEqual(['handout.html']);
  });
});
