import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ESC, backpain } from '../support/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'backpain-out-'));

/** Runs the CLI inside a pseudo-terminal of 80x10 (util-linux `script`), as a person would. */
function onTerminal(args: string, env: Record<string, string>): { stdout: string; code: number | null } {
  const command = `stty rows 10 cols 80; "${process.execPath}" "${BIN}" ${args}`;
  const result = spawnSync('script', ['-qec', command, '/dev/null'], { encoding: 'utf8', input: '', env: { ...process.env, ...env }, timeout: 15_000 });
  return { stdout: result.stdout, code: result.status };
}

function fakePager(): { path: string; log: string } {
  const log = join(dir, `paged-${Math.random().toString(36).slice(2)}.txt`);
  const path = join(dir, `pager-${Math.random().toString(36).slice(2)}.sh`);
  writeFileSync(path, `#!/bin/sh\necho "ARGS: $*" > "${log}"\ncat >> "${log}"\n`);
  chmodSync(path, 0o755);
  return { path, log };
}

describe('pager on a terminal', () => {
  it('pages read output taller than the screen through $PAGER, colours kept', () => {
    const pager = fakePager();
    const result = onTerminal('read causes', { PAGER: `${pager.path} -R` });
    expect(result.code).toBe(0);
    const paged = readFileSync(pager.log, 'utf8');
    expect(paged).toMatch(/^ARGS: -R\n/);
    expect(paged).toContain('Herniated disc');
    expect(paged).toContain(ESC);
    expect(result.stdout).not.toContain('Herniated disc');
  });

  it('--no-pager prints straight to the terminal', () => {
    const pager = fakePager();
    const result = onTerminal('read causes --no-pager', { PAGER: pager.path });
    expect(existsSync(pager.log)).toBe(false);
    expect(result.stdout).toContain('Herniated disc');
  });

  it('a missing pager program falls back to plain output with no error', () => {
    const result = onTerminal('read causes', { PAGER: join(dir, 'no-such-pager') });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Herniated disc');
    expect(result.stdout).not.toMatch(/ENOENT|Error/);
  });

  it('never pages on a pipe', () => {
    const pager = fakePager();
    const result = backpain(['read', 'causes'], { env: { PAGER: pager.path } });
    expect(existsSync(pager.log)).toBe(false);
    expect(result.stdout).toContain('**Herniated disc**');
  });
});

describe('--output and the printable handout', () => {
  it('writes a self-contained HTML page with credit and disclaimer, no scripts or network', () => {
    const file = join(dir, 'handout.html');
    const result = backpain(['read', '--format', 'html', '--output', file]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    const html = readFileSync(file, 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<style>');
    expect(html).toContain('@media print');
    expect(html).not.toMatch(/<script|<link|src=|url\(|https?:\/\//i);
    expect(html).toContain('<strong>Herniated disc</strong>');
    expect(html).toContain('Dr. Eric DePopas');
    expect(html).toMatch(/class="disclaimer">[^<]*not a diagnosis/);
    expect(html.match(/<section id=/g)).toHaveLength(10);
  });

  it('picks the format from the file name', () => {
    const file = join(dir, 'causes.json');
    expect(backpain(['read', 'causes', '-o', file]).code).toBe(0);
    expect((JSON.parse(readFileSync(file, 'utf8')) as { id: string }[])[0]?.id).toBe('causes');
  });

  it('refuses to overwrite an existing file unless --force is given', () => {
    const file = join(dir, 'keep.md');
    writeFileSync(file, 'mine');
    const refused = backpain(['list', 'causes', '-o', file]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/already exists\. Add --force/);
    expect(readFileSync(file, 'utf8')).toBe('mine');
    expect(backpain(['list', 'causes', '-o', file, '--force']).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('- **Herniated disc**');
  });

  it('says why it cannot write, exit 1', () => {
    const result = backpain(['read', '-o', join(dir, 'missing', 'x.md')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/its folder does not exist/);
  });
});
