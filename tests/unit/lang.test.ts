import { describe, expect, it } from 'vitest';
import { commandWord, flagValue, plainWords } from '../../src/core/command-line.js';
import { decideLang, langOf, langOfLine } from '../../src/core/lang.js';

const langFlag = (argv: readonly string[]): string | undefined => flagValue(argv, 'lang');

describe('the language is decided once, in one place', () => {
  // [what the environment holds, the language it means]
  const TABLE: [Record<string, string>, 'en' | 'es'][] = [
    [{}, 'en'],
    [{ LANG: 'es_ES.UTF-8' }, 'es'],
    [{ LANG: 'es_MX.UTF-8' }, 'es'],
    [{ LANG: 'es-419' }, 'es'],
    [{ LANG: 'es' }, 'es'],
    [{ LANG: 'en_GB.UTF-8' }, 'en'],
    [{ LANG: 'pt_BR.UTF-8' }, 'en'],
    [{ LANG: 'C' }, 'en'],
    [{ LANG: 'C.UTF-8' }, 'en'],
    [{ LANG: 'POSIX' }, 'en'],
    [{ LANG: '' }, 'en'],
    [{ LANG: 'garbage!' }, 'en'],
    [{ LC_MESSAGES: 'es_ES.UTF-8', LANG: 'en_US.UTF-8' }, 'es'],
    [{ LC_ALL: 'es_ES.UTF-8', LC_MESSAGES: 'en_US.UTF-8', LANG: 'en_US.UTF-8' }, 'es'],
    [{ LC_ALL: 'en_US.UTF-8', LANG: 'es_ES.UTF-8' }, 'en'],
    [{ LC_ALL: 'pt_BR.UTF-8', LANG: 'es_ES.UTF-8' }, 'en'],
    [{ LC_ALL: '', LANG: 'es_ES.UTF-8' }, 'es'],
    [{ LANGUAGE: 'es', LANG: 'en_US.UTF-8' }, 'es'],
    [{ LANGUAGE: 'fr:es:en', LANG: 'en_US.UTF-8' }, 'es'],
    [{ LANGUAGE: 'fr:de', LANG: 'es_ES.UTF-8' }, 'es'],
    [{ LANGUAGE: 'es', LANG: 'C' }, 'en'],
    [{ LANGUAGE: 'es', LC_ALL: 'POSIX' }, 'en'],
    [{ LANGUAGE: 'es' }, 'es'],
    [{ LANGUAGE: 'en:es', LANG: 'es_ES.UTF-8' }, 'en'],
    [{ BACKPAIN_LANG: 'es', LANG: 'en_US.UTF-8', LANGUAGE: 'en' }, 'es'],
    [{ BACKPAIN_LANG: 'en', LC_ALL: 'es_ES.UTF-8' }, 'en'],
    [{ BACKPAIN_LANG: 'xx', LANG: 'es_ES.UTF-8' }, 'es'],
  ];

  it.each(TABLE.map(([env, lang]) => [JSON.stringify(env), env, lang] as const))('%s means %s', (_, env, lang) => {
    expect(decideLang(undefined, env)).toBe(lang);
  });

  it('--lang wins over everything', () => {
    expect(decideLang('en', { BACKPAIN_LANG: 'es', LC_ALL: 'es_ES.UTF-8' })).toBe('en');
    expect(decideLang('es', {})).toBe('es');
    expect(langOfLine(['read', '--lang', 'es'], { LANG: 'en_US.UTF-8' })).toBe('es');
    expect(langOfLine(['--lang=en', 'read'], { LANG: 'es_ES.UTF-8' })).toBe('en');
    // A language the tool does not have is left for run to report; the line is read as the environment says.
    expect(langOfLine(['read', '--lang', 'xx'], { LANG: 'es_ES.UTF-8' })).toBe('es');
  });

  it('reads locale names and language tags', () => {
    expect([langOf('es_AR.ISO-8859-1'), langOf('ES'), langOf('es@euro'), langOf('spanish'), langOf('e'), langOf('en-US')]).toEqual(['es', 'es', 'es', undefined, undefined, 'en']);
  });

  it('finds --lang before or after the command, never after --', () => {
    expect(langFlag(['--lang', 'es', 'read'])).toBe('es');
    expect(langFlag(['read', '--lang=es'])).toBe('es');
    expect(langFlag(['read', '--', '--lang', 'es'])).toBeUndefined();
    expect(commandWord(['--lang', 'es', '--no-color', 'list', 'causes'])).toBe('list');
    expect(commandWord(['--lang=es', 'read'])).toBe('read');
    expect(commandWord(['--json', 'read'])).toBeUndefined();
    expect(plainWords(['--lang', 'es', 'help', 'read', '--width', '60'])).toEqual(['help', 'read', '60']);
  });
});
