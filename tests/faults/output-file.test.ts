import { execFileSync, spawn } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backpain } from '../support/cli.js';
import { BIN, CLI, NODE, asNobody, canMount, onDisk, sh, tempDir } from './support.js';

// --output under faults: a failed write never destroys a good file, never leaves a partial or
// temporary one, and never writes through a link or into a pipe.
const OLD = 'the old file, which must survive\n';
const DISK_SKIP = 'needs to mount a tmpfs (root, or user namespaces)';

/** The names in a folder, to show that nothing (no temporary file) was left behind. */
const names = (dir: string): string[] => readdirSync(dir).sort();

describe('a failed write never destroys a good file', () => {
  it.skipIf(!canMount)(`a full disk (ENOSPC): the old file as it was, nothing left behind, one line, exit 1 (${DISK_SKIP})`, () => {
    const result = onDisk('size=16k', `printf '%s' "${OLD}" > "$DISK/keep.md"; ${CLI} read -o "$DISK/keep.md" --force; echo "exit=$?"; cat "$DISK/keep.md"; echo; ls -A "$DISK"; ${CLI} read -o "$DISK/new.md"; echo "exit=$?"; ls -A "$DISK"`);
    expect(result.stdout).toBe(`exit=1\n${OLD}\nkeep.md\nexit=1\nkeep.md\n`);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line).toMatch(/^backpain: cannot write '.*\/(keep|new)\.md': the disk is full\. Nothing was written, and a file already there is unchanged\.$/);
  });

  it('a file-size limit (ulimit -f, EFBIG): the old file as it was, nothing left behind, exit 1', () => {
    const dir = tempDir('efbig');
    const file = join(dir, 'keep.md');
    writeFileSync(file, OLD);
    const result = sh(`ulimit -f 8; ${CLI} read -o "${file}" --force`);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`backpain: cannot write '${file}': it would be larger than the file-size limit. Nothing was written, and a file already there is unchanged.\n`);
    expect(readFileSync(file, 'utf8')).toBe(OLD);
    expect(names(dir)).toEqual(['keep.md']);
    const fresh = sh(`ulimit -f 8; ${CLI} read -o "${join(dir, 'new.md')}"`);
    expect(fresh.status).toBe(1);
    expect(names(dir)).toEqual(['keep.md']);
  });

  it('two writers with --force at once leave one whole file, never a mix (50 races)', async () => {
    const dir = tempDir('race');
    const file = join(dir, 'out.json');
    const a = backpain(['read', '--json']).stdout;
    const b = backpain(['list', 'causes', '--json']).stdout;
    const write = (args: string[]): Promise<number | null> =>
      new Promise((resolve) => {
        const child = spawn(NODE, [BIN, ...args, '-o', file, '--force'], { stdio: ['ignore', 'pipe', 'pipe'] });
        child.stdout.resume();
        child.stderr.resume();
        child.on('close', (code) => resolve(code));
      });
    const mixed: number[] = [];
    for (let race = 0; race < 50; race++) {
      const codes = await Promise.all([write(['read', '--json']), write(['list', 'causes', '--json'])]);
      expect(codes).toEqual([0, 0]);
      const got = readFileSync(file, 'utf8');
      if (got !== a && got !== b) mixed.push(race);
    }
    expect(mixed).toEqual([]);
    expect(names(dir)).toEqual(['out.json']);
  });
});

describe('the target is replaced, never written through', () => {
  it('a symbolic link at the target is replaced by the file with --force; the file it pointed to is untouched', () => {
    const dir = tempDir('link');
    const pointed = join(dir, 'precious.txt');
    writeFileSync(pointed, OLD);
    const link = join(dir, 'out.tsv');
    symlinkSync(pointed, link);
    const refused = backpain(['sections', '-o', link]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/already exists\. Add --force/);
    const forced = backpain(['sections', '-o', link, '--force']);
    expect(forced.code).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(false);
    expect(readFileSync(link, 'utf8')).toMatch(/^overview\t1\t/);
    expect(readFileSync(pointed, 'utf8')).toBe(OLD);
  });

  it('a link to a pipe or a terminal (/dev/stdout) is refused, not replaced', () => {
    const result = sh(`${CLI} sections -o /dev/stdout --force | cat`);
    expect(result.stderr).toMatch(/^backpain: cannot write '\/dev\/stdout': it is a FIFO \(a named pipe\), not a file\./);
    expect(lstatSync('/dev/stdout').isSymbolicLink()).toBe(true);
  });

  it('a FIFO, a device, a socket or a folder as the target is refused with its own message, at once, even with --force', async () => {
    const dir = tempDir('kinds');
    const fifo = join(dir, 'fifo');
    execFileSync('mkfifo', [fifo]);
    const socket = join(dir, 'sock');
    const server = createServer().listen(socket);
    await new Promise((resolve) => server.once('listening', resolve));
    const folder = join(dir, 'folder');
    mkdirSync(folder);
    const cases: [string, RegExp][] = [
      [fifo, /it is a FIFO \(a named pipe\), not a file\. Give a file name, or - for standard output\./],
      ['/dev/null', /it is a device, not a file\./],
      [socket, /it is a socket, not a file\./],
      [folder, /it is a folder\. Give a file name\./],
    ];
    for (const [target, reason] of cases) {
      for (const force of [[], ['--force']]) {
        const started = Date.now();
        const result = backpain(['read', '-o', target, ...force]);
        expect([target, result.code, result.stdout]).toEqual([target, 2, '']);
        expect(result.stderr).toMatch(reason);
        expect(Date.now() - started).toBeLessThan(5000);
      }
    }
    expect(names(folder)).toEqual([]);
    expect(names(dir)).toEqual(['fifo', 'folder', 'sock']);
    server.close();
  });
});

describe('what a file gets', () => {
  it('never terminal colour, even with FORCE_COLOR or --color', () => {
    const dir = tempDir('colour');
    for (const [env, args] of [[{ FORCE_COLOR: '1' }, []], [{ FORCE_COLOR: '3' }, ['--format', 'text']], [{}, ['--color']]] as const) {
      const file = join(dir, `out-${Math.random().toString(36).slice(2)}`);
      expect(backpain(['sections', ...args, '-o', file], { env: { ...env } }).code).toBe(0);
      expect(readFileSync(file, 'utf8')).not.toContain('\u001b');
    }
  });

  it('search that finds nothing still writes its (empty) result, and exits 1', () => {
    const dir = tempDir('search');
    const text = backpain(['search', 'zzzqqq', '-o', join(dir, 'none.txt')]);
    expect(text.code).toBe(1);
    expect(text.stderr).toMatch(/^backpain: no section contains 'zzzqqq'\./);
    expect(readFileSync(join(dir, 'none.txt'), 'utf8')).toBe('');
    expect(backpain(['search', 'zzzqqq', '-o', join(dir, 'none.json')]).code).toBe(1);
    expect(JSON.parse(readFileSync(join(dir, 'none.json'), 'utf8'))).toEqual([]);
  });
});

describe('output errors from the file system: one plain line naming the file and the reason, exit 1', () => {
  const dir = tempDir('errors');
  writeFileSync(join(dir, 'a-file'), 'x');
  symlinkSync(join(dir, 'loop-b'), join(dir, 'loop-a'));
  symlinkSync(join(dir, 'loop-a'), join(dir, 'loop-b'));
  const cases: [string, string, RegExp][] = [
    ['ENOTDIR', join(dir, 'a-file', 'out.md'), /a part of the path is a file, not a folder\./],
    ['ELOOP', join(dir, 'loop-a', 'out.md'), /the path has too many symbolic links/],
    ['ENAMETOOLONG', join(dir, `${'n'.repeat(300)}.md`), /the name is too long for the file system\./],
    ['ENOENT', join(dir, 'no-such-folder', 'out.md'), /its folder does not exist\./],
  ];
  it.each(cases)('%s', (_, target, reason) => {
    const result = backpain(['read', '-o', target]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n')).toHaveLength(2);
    expect(result.stderr).toMatch(/^backpain: cannot write '/);
    expect(result.stderr).toMatch(reason);
    expect(result.stderr).not.toMatch(/internal error/);
  });

  it.skipIf(!canMount)(`EROFS: a read-only file system (${DISK_SKIP})`, () => {
    const result = onDisk('ro,size=64k', `${CLI} read -o "$DISK/out.md"; echo "exit=$?"`);
    expect(result.stdout).toBe('exit=1\n');
    expect(result.stderr).toMatch(/^backpain: cannot write '.*\/out\.md': the file system is read-only\. Choose another place\.\n$/);
  });

  it.skipIf(!asNobody)('EACCES: a folder the user may not write to (needs root, to run as nobody)', () => {
    const result = sh(`${asNobody ?? ''} ${CLI} read -o /root/out.md; echo "exit=$?"`);
    expect(result.stdout).toBe('exit=1\n');
    expect(result.stderr).toBe("backpain: cannot write '/root/out.md': permission denied. Choose a folder you can write to.\n");
    expect(existsSync('/root/out.md')).toBe(false);
  });
});
