import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ANSWERS_LIMIT } from '../../src/check/answers.js';
import { createRun } from '../../src/cli/run.js';
import { builtData } from '../support/cli.js';

const run = createRun(builtData);
import { backpain } from '../support/cli.js';
import { fakeIo } from '../support/fake-io.js';
import { usageLineProblems } from './args.js';

const dir = mkdtempSync(join(tmpdir(), 'backpain-limits-'));
const TOO_BIG = /^backpain: (?:standard input|'[^']+') is larger than 1 MiB, the most backpain reads\. See 'backpain check --help'\.\n$/;

/** `check --answers -` with `input` on stdin, as JSON. */
function answers(input: string | Buffer): ReturnType<typeof backpain> {
  return backpain(['check', '--answers', '-', '--json'], { input: input as string });
}

describe('--answers larger than 1 MiB is refused before parsing', () => {
  it('on standard input', () => {
    const big = `{"pregnancy": true, "pad": "${'x'.repeat(ANSWERS_LIMIT)}"}`;
    const result = answers(big);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(TOO_BIG);
  });

  it('in a file, even one that is not JSON at all (the size is checked first)', () => {
    const file = join(dir, 'big.json');
    writeFileSync(file, 'x'.repeat(ANSWERS_LIMIT + 1));
    const result = backpain(['check', '--answers', file]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(TOO_BIG);
  });

  it('from an endless device (/dev/zero): refused at once, as anything but a regular file is', () => {
    const started = Date.now();
    const result = backpain(['check', '--answers', '/dev/zero']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^backpain: cannot read answers from '\/dev\/zero': it is not a regular file/);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('exactly 1 MiB is still read', () => {
    const json = '{"pregnancy": true}';
    const result = answers(json + ' '.repeat(ANSWERS_LIMIT - json.length));
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ riskFactors: ['pregnancy'] });
  });
});

describe('deep or odd JSON is rejected cleanly', () => {
  it.each([
    ['an array', '[]', /must hold a JSON object of question ids, not an array/],
    ['deep nesting', `${'['.repeat(400_000)}${']'.repeat(400_000)}`, /not an array/],
    ['a deep object', `{"pregnancy": ${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}}`, /the answer for 'pregnancy' must be true or false, not an object\./],
    ['null', 'null', /not null/],
    ['a number', '42', /not a number/],
    ['a string', '"age"', /not a string/],
    ['true', 'true', /not a boolean/],
    ['an answer that is null', '{"pregnancy": null}', /must be true or false, not null/],
    ['an answer that is a string (named, not quoted)', '{"pregnancy": "yes"}', /must be true or false, not a string\./],
    ['an answer that is 1 (named, not quoted)', '{"pregnancy": 1}', /must be true or false, not a number\./],
    ['an answer that is an array', '{"pregnancy": [true]}', /must be true or false, not an array/],
    ['__proto__', '{"__proto__": {"polluted": true}}', /unknown question id '__proto__'/],
    ['__proto__ inside an answer', '{"pregnancy": {"__proto__": true}}', /must be true or false/],
    ['constructor', '{"constructor": true}', /unknown question id 'constructor'/],
    ['toString', '{"toString": true}', /unknown question id 'toString'/],
    ['hasOwnProperty', '{"hasOwnProperty": false}', /unknown question id 'hasOwnProperty'/],
    ['an empty key', '{"": true}', /unknown question id ''/],
    ['a NUL byte', '\u0000', /not valid JSON/],
    ['bytes that are not UTF-8', Buffer.from([0xff, 0xfe, 0x7b]), /not valid JSON/],
    ['trailing garbage', '{"pregnancy": true} {"pee-start": true}', /not valid JSON/],
    ['only a byte-order mark', '\ufeff', /standard input is empty/],
  ])('%s', (_, input, message) => {
    const result = answers(input as string);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
    expect(usageLineProblems(result.stderr)).toEqual([]);
  });

  it('a byte-order mark before the object is allowed (editors on Windows write one)', () => {
    const result = answers('\ufeff{"diabetes": true}');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ riskFactors: ['diabetes'] });
  });

  it('an empty object means every answer is "no"', () => {
    const result = answers('{}');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ redFlags: [], symptoms: [], riskFactors: [], urgency: 'self-care' });
  });

  it('prototype keys cannot pollute objects in the process', async () => {
    for (const stdin of ['{"__proto__": {"polluted": true}}', '{"constructor": {"prototype": {"polluted": true}}}', '{"pregnancy": {"__proto__": {"polluted": true}}}']) {
      const io = fakeIo({ stdin });
      expect(await run(['check', '--answers', '-'], io)).toBe(2);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    }
  });
});
