// The published package, as a user gets it: `npm pack`, then a global install into a temporary
// prefix and a plain install into a temporary project. Everything is offline: the package has
// no runtime dependencies, so npm must not need the registry.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
const TSC = createRequire(join(ROOT, 'package.json')).resolve('typescript/bin/tsc');
const SLOW = 120_000;

interface PackResult {
  filename: string;
  files: { path: string }[];
}

let tmp = '';
let tarball = '';
let packed: PackResult | undefined;
let prefix = '';
let app = '';

/**
 * The environment for npm and the installed command: npm's own variables from a surrounding
 * `npm test` (local prefix, lifecycle, package fields) must not steer the installs, and the
 * node running this suite comes first on PATH so the `#!/usr/bin/env node` shebang uses it.
 */
function childEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !/^npm_/i.test(key) && !['INIT_CWD', 'FORCE_COLOR', 'NO_COLOR', 'COLUMNS'].includes(key)) env[key] = value;
  }
  const path = [join(prefix, 'bin'), dirname(process.execPath), env.PATH ?? ''].join(delimiter);
  return { ...env, PATH: path };
}

function run(command: string, args: readonly string[], cwd: string): SpawnSyncReturns<string> {
  const result = spawnSync(command, args, { cwd, env: childEnv(), encoding: 'utf8', timeout: 60_000 });
  if (result.error) throw result.error;
  return result;
}

function npm(args: readonly string[], cwd: string): string {
  // Offline, with a cache of its own: proves no download is needed and leaves ~/.npm alone.
  const result = run('npm', [...args, '--offline', '--no-audit', '--no-fund', '--cache', join(tmp, 'npm-cache')], cwd);
  if (result.status !== 0) throw new Error(`npm ${args.join(' ')} failed (${String(result.status)}):\n${result.stderr}`);
  return result.stdout;
}

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'backpain-install-'));
  prefix = join(tmp, 'prefix');
  app = join(tmp, 'app');
  // --ignore-scripts: the suite has built dist/ already; prepack would rebuild it under other tests.
  const out = npm(['pack', '--ignore-scripts', '--json', '--pack-destination', tmp], ROOT);
  packed = (JSON.parse(out) as PackResult[])[0];
  if (!packed) throw new Error(`npm pack printed no result:\n${out}`);
  tarball = join(tmp, packed.filename);
  npm(['install', '--global', '--prefix', prefix, tarball], tmp);
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  npm(['install', tarball], app);
}, SLOW);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('the packed tarball', () => {
  it('holds the command, the bundle, the data, the licence and the bundled licences, and nothing else', () => {
    const paths = packed?.files.map((f) => f.path) ?? [];
    expect(paths).toEqual(expect.arrayContaining(['LICENSE', 'THIRD_PARTY_LICENSES.md', 'README.md', 'package.json', 'bin/backpain.js', 'dist/backpain.cjs', 'dist/data/en.json', 'dist/data/es.json', 'dist/man/backpain.1', 'dist/index.js', 'dist/index.d.ts']));
    const unexpected = paths.filter((p) => !/^(bin|dist)\//.test(p) && !['LICENSE', 'THIRD_PARTY_LICENSES.md', 'README.md', 'package.json'].includes(p));
    expect(unexpected).toEqual([]);
    expect(paths.filter((p) => /^(src|tests|scripts|content|\.build|node_modules)\/|meta\.json$|\.map$|\.tgz$|\.bin$/.test(p))).toEqual([]);
  });

  it('has no install scripts: nothing runs on install', () => {
    const installed = JSON.parse(readFileSync(join(prefix, 'lib/node_modules/backpain/package.json'), 'utf8')) as { scripts?: Record<string, string> };
    expect(Object.keys(installed.scripts ?? {}).filter((name) => /install/.test(name))).toEqual([]);
  });

  it('credits every bundled library in THIRD_PARTY_LICENSES.md', () => {
    const notices = readFileSync(join(prefix, 'lib/node_modules/backpain/THIRD_PARTY_LICENSES.md'), 'utf8');
    for (const name of ['commander', 'chalk', 'marked', 'marked-terminal', '@inquirer/checkbox', '@inquirer/input', '@inquirer/select']) {
      expect(notices).toContain(`## ${name}@`);
    }
  });
});

describe('npm install -g of the tarball', () => {
  it('installs backpain with no dependencies at all', () => {
    const tree = JSON.parse(npm(['ls', '--global', '--prefix', prefix, '--all', '--json'], tmp)) as {
      dependencies?: Record<string, { version: string; dependencies?: object }>;
    };
    expect(tree.dependencies?.backpain?.version).toBe(pkg.version);
    expect(tree.dependencies?.backpain?.dependencies ?? {}).toEqual({});
    expect(existsSync(join(prefix, 'lib/node_modules/backpain/node_modules'))).toBe(false);
  });

  it('gives a working backpain on PATH, from any directory', () => {
    const elsewhere = mkdtempSync(join(tmp, 'elsewhere-'));
    const version = run('backpain', ['--version'], elsewhere);
    expect(version.status).toBe(0);
    expect(version.stdout.trim()).toBe(pkg.version);

    const read = run('backpain', ['read', 'causes'], elsewhere);
    expect(read.status).toBe(0);
    expect(read.stderr).toBe('');
    expect(read.stdout).toMatch(/^#+ 5\. What causes sciatica\?/m);

    const flags = run('backpain', ['list', 'red-flags', '--json'], elsewhere);
    expect(flags.status).toBe(0);
    const items = JSON.parse(flags.stdout) as { id: string }[];
    expect(items.map((i) => i.id)).toEqual(expect.arrayContaining(['pee-start', 'bowel', 'saddle-numbness']));

    const typo = run('backpain', ['read', 'cuases'], elsewhere);
    expect(typo.status).toBe(2);
    expect(typo.stderr).toContain("Did you mean 'causes'?");
  });

  it('links the man page (the `man` field), so `man backpain` finds it', () => {
    const page = join(prefix, 'share/man/man1/backpain.1');
    expect(readFileSync(page, 'utf8')).toMatch(/^\.TH BACKPAIN 1 /);
    const where = spawnSync('man', ['-w', 'backpain'], { env: { ...childEnv(), MANPATH: join(prefix, 'share/man') }, encoding: 'utf8' });
    // Without a man program the link above is all there is to check.
    if ((where.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT') return;
    // man-db prints the link's target, inside the installed package.
    expect(where.status).toBe(0);
    expect(where.stdout.trim()).toMatch(/\/backpain\.1$/);
  });
});

describe('the installed package as a library', () => {
  it('type-checks a strict TypeScript consumer against the shipped declarations', () => {
    writeFileSync(
      join(app, 'consumer.ts'),
      [
        "import { guide, sections, list, search, assess, questions, type Assessment, type Guide, type ListItem, type SearchHit, type SectionSummary, type Urgency } from 'backpain';",
        'const whole: Guide = guide;',
        'const toc: SectionSummary[] = sections();',
        "const causes: ListItem[] = list('causes');",
        "const hits: SearchHit[] = search(['sitting']);",
        "const result: Assessment = assess({ 'pee-start': true });",
        'const urgency: Urgency = result.urgency;',
        'const ids: string[] = questions().map((q) => q.id);',
        'console.log(whole.title, toc.length, causes.length, hits.length, urgency, ids.length);',
        '// @ts-expect-error: not a list kind, so the types must reject it',
        "list('nonsense');",
        '',
      ].join('\n'),
    );
    // The project's own TypeScript; no @types/node in the consumer, and library files are checked.
    const tsc = run(process.execPath, [TSC, '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--strict', '--noEmit', 'consumer.ts'], app);
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
  }, SLOW);

  it('gives the same data and checklist logic in plain JavaScript', () => {
    writeFileSync(
      join(app, 'consumer.mjs'),
      [
        "import { guide, sections, list, search, assess } from 'backpain';",
        'console.log(JSON.stringify({',
        '  title: guide.title, sections: sections().length, causes: list("causes").length,',
        '  search: search("sitting").map((h) => h.id), emergency: assess({ "pee-start": true }).urgency,',
        '  doctor: assess({ "one-leg-pain": true, age: 55 }).urgency, selfCare: assess({}).urgency,',
        '}));',
        '',
      ].join('\n'),
    );
    const result = run(process.execPath, ['consumer.mjs'], app);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const values = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(values).toMatchObject({ sections: 10, causes: 6, emergency: 'emergency', doctor: 'see-doctor', selfCare: 'self-care' });
    expect(values.search).toEqual(expect.arrayContaining(['sciatica']));
  });
});
