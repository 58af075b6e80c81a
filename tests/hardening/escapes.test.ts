import { describe, expect, it } from 'vitest';
import { backpain } from '../support/cli.js';

const EVIL = ['\u001b[2J\u001b[31mevil', '\u001b]0;pwned\u0007', 'bell\u0007', '\u009b31mcsi'];
// eslint-disable-next-line no-control-regex -- the point is to find raw control characters
const RAW = /[\u0007\u001b\u009b]/;

const cases: [string, (evil: string) => string[], string?][] = [
  ['unknown section', (e) => ['read', e]],
  ['unknown list kind', (e) => ['list', e]],
  ['unknown command', (e) => [e]],
  ['unknown option', (e) => ['sections', `--${e}`]],
  ['bad format', (e) => ['read', '--format', e]],
  ['bad width', (e) => ['read', '--width', e]],
  ['search term with no match', (e) => ['search', e]],
  ['answer id in --yes', (e) => ['check', '--yes', e]],
  ['answers file path', (e) => ['check', '--answers', `/nonexistent/${e}`]],
  ['answer id in JSON', () => ['check', '--answers', '-'], 'json'],
];

describe('nothing the user typed can drive the terminal', () => {
  for (const [name, args, mode] of cases) {
    it.each(EVIL)(`${name}: %j`, (evil) => {
      for (const env of [{}, { FORCE_COLOR: '1' }]) {
        const input = mode === 'json' ? JSON.stringify({ [evil]: true }) : '';
        const result = backpain(args(evil), { env, input });
        expect(result.code).not.toBe(0);
        expect(result.stderr).not.toMatch(RAW);
        expect(result.stderr.length).toBeGreaterThan(10);
        expect(result.stdout).not.toMatch(RAW);
      }
    });
  }

  it('shows control characters as visible escapes', () => {
    expect(backpain(['read', 'x\u001by']).stderr).toContain("'x\\x1by'");
  });
});
