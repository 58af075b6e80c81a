// Every command in Spanish on the built CLI, as a Spanish-speaking user sees it: its main case and
// an error, chosen with --lang or with the locale, with the same ids and JSON as in English.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { es as esWords } from '../../src/messages/es.js';
import { backpain, ESC } from '../support/cli.js';

const es = (args: string[], options: { input?: string; env?: Record<string, string> } = {}) => backpain(['--lang', 'es', ...args], options);
const oneLine = (text: string): string => text.replace(/\s+/g, ' ');

describe('choosing Spanish', () => {
  it('--lang es before or after the command, LANG, LC_ALL, LANGUAGE or BACKPAIN_LANG all give the same', () => {
    const expected = es(['sections']).stdout;
    expect(expected).toContain('¿Qué es la ciática?');
    expect(backpain(['sections', '--lang', 'es']).stdout).toBe(expected);
    expect(backpain(['sections', '--lang=es']).stdout).toBe(expected);
    for (const env of [{ LANG: 'es_ES.UTF-8' }, { LANG: 'es_MX.UTF-8' }, { LC_ALL: 'es-419' }, { LANGUAGE: 'fr:es', LANG: 'en_US.UTF-8' }, { BACKPAIN_LANG: 'es' }]) {
      expect(backpain(['sections'], { env }).stdout, JSON.stringify(env)).toBe(expected);
    }
    expect(backpain(['sections'], { env: { LANG: 'pt_BR.UTF-8' } }).stdout).toContain('What is sciatica?');
    expect(backpain(['sections', '--lang', 'en'], { env: { LANG: 'es_ES.UTF-8' } }).stdout).toContain('What is sciatica?');
  });

  it('an unsupported --lang is a usage error that lists the languages', () => {
    const result = backpain(['read', '--lang', 'fr']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^backpain: there is no language 'fr'\. .*Languages: en, es\./);
    expect(backpain(['read', '--lang', 'fr'], { env: { LANG: 'es_ES.UTF-8' } }).stderr).toMatch(/^backpain: no existe el idioma 'fr'|'fr'.*Idiomas: en, es\./);
  });
});

describe('every command in Spanish', () => {
  it('read: the guide, with the emergency numbers for Spanish speakers first; sections by Spanish title', () => {
    const whole = es(['read']);
    expect(whole.code).toBe(0);
    expect(whole.stdout).toMatch(/^# ¿Puede el dolor de espalda causar dolor en la pierna\?\n/);
    const top = oneLine(whole.stdout.split('\n').slice(0, 30).join('\n'));
    expect(top).toMatch(/112/);
    expect(top).toMatch(/911/);
    expect(es(['read', 'causas']).stdout).toMatch(/^## 5\. ¿Qué causa la ciática\?/);
    expect(es(['read', 'que es']).stdout).toMatch(/^## 4\. ¿Qué es la ciática\?/);
    expect(es(['read', 'qué es']).stdout).toBe(es(['read', 'que es']).stdout);
    expect(es(['read', 'causes']).stdout).toBe(es(['read', 'causas']).stdout);
    expect(oneLine(es(['read', 'causes']).stdout)).toMatch(/Esta guía solo sirve para informar\. No es un diagnóstico ni un consejo médico/);
    const error = es(['read', 'cuasas']);
    expect(error.code).toBe(2);
    expect(error.stderr).toMatch(/^backpain: no existe la sección 'cuasas'\..*backpain sections/);
  });

  it('read --format html: a page in Spanish, <html lang="es">', () => {
    const page = es(['read', 'warning-signs', '--format', 'html']).stdout;
    expect(page).toContain('<html lang="es">');
    expect(page).toContain('Cuándo pedir ayuda');
  });

  it('read on a terminal layout, in colour', () => {
    const out = es(['read', 'sciatica', '--format', 'terminal'], { env: { FORCE_COLOR: '1' } }).stdout;
    expect(out).toContain(ESC);
    expect(out).toContain('ciática');
  });

  it('sections: Spanish titles, English ids', () => {
    const rows = es(['sections']).stdout.trimEnd().split('\n').map((l) => l.split('\t'));
    expect(rows.map((r) => r[0])).toEqual(backpain(['sections']).stdout.trimEnd().split('\n').map((l) => l.split('\t')[0]));
    expect(rows[3]?.[2]).toBe('¿Qué es la ciática?');
    expect(es(['sections', 'extra']).stderr).toMatch(/^backpain: .*'sections'.*\n$/);
  });

  it('list: the same ids, Spanish words, the emergency action for Spanish speakers', () => {
    const red = es(['list', 'red-flags']);
    expect(red.stdout.split('\n').map((l) => l.split('\t')[0])).toEqual(backpain(['list', 'red-flags']).stdout.split('\n').map((l) => l.split('\t')[0]));
    expect(red.stderr).toMatch(/^\[!\] .*112 \(España y la Unión Europea\) o al 911 \(Estados Unidos y México\)/);
    // Never "911 in much of Latin America": Colombia, Chile and Peru have other numbers.
    expect(red.stderr).not.toMatch(/América Latina/);
    const json = JSON.parse(es(['list', 'causes', '--json']).stdout) as { id: string; name: string; lang: string }[];
    expect(json[0]).toMatchObject({ id: 'herniated-disc', name: 'Hernia de disco', lang: 'es' });
    expect(es(['list', 'cuases']).stderr).toMatch(/^backpain: no existe la lista 'cuases'\. ¿Quiso decir 'causes'\?/);
  });

  it('search: accents optional, word starts and simple forms, in Spanish', () => {
    const ids = (...words: string[]): string[] => (JSON.parse(es(['search', ...words, '--json']).stdout) as { id: string }[]).map((h) => h.id);
    expect(ids('ciatica')).toEqual(ids('ciática'));
    expect(ids('ciatica')).toContain('sciatica');
    expect(ids('piernas')).toEqual(expect.arrayContaining(ids('pierna')));
    expect(ids('sentado').length).toBeGreaterThan(0);
    const none = es(['search', 'xilófono']);
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/^backpain: .*'xilófono'/);
  });

  it('check: the same ids and tiers, the result in Spanish, JSON with "lang": "es"', () => {
    const text = es(['check', '--yes', 'fever']).stdout;
    expect(text.split('\n')[0]).toBe('[!] Hoy: pida consejo médico hoy');
    const emergency = es(['check', '--yes', 'pee-start']).stdout;
    expect(emergency.split('\n')[0]).toBe('[!] Emergencia: llame ahora al 112, al 911 o a su número local de emergencias');
    expect(emergency).not.toMatch(/\bhoy\b|mismo día/i);
    const data = JSON.parse(es(['check', '--yes', 'PREGNANCY,one-leg-pain', '--json']).stdout) as { urgency: string; lang: string; riskFactors: string[] };
    expect(data).toMatchObject({ urgency: 'see-doctor', lang: 'es', riskFactors: ['pregnancy'] });
    const questions = JSON.parse(es(['check', '--questions', '--json']).stdout) as { id: string; tier: string }[];
    expect(questions.map((q) => [q.id, q.tier])).toEqual((JSON.parse(backpain(['check', '--questions', '--json']).stdout) as { id: string; tier: string }[]).map((q) => [q.id, q.tier]));
    const error = es(['check']);
    expect(error.code).toBe(2);
    expect(error.stderr).toMatch(/^backpain: .*terminal.*--yes.*--answers/);
  });

  it('sources: the credit, and that the Spanish text is a translation not yet reviewed by a clinician, with its date', () => {
    const text = oneLine(es(['sources']).stdout);
    expect(text).toContain('Dr. Eric DePopas, MD');
    expect(text).toMatch(/traducción.*(no lo ha revisado|Todavía no).*2026/);
    expect(oneLine(backpain(['sources']).stdout)).toMatch(/Spanish guide .* translation .* has not reviewed it yet\. Translated December 1, 2026\./);
    const json = JSON.parse(es(['sources', '--json']).stdout) as { lang: string; translation: string };
    expect(json.lang).toBe('es');
    expect(es(['sources', '--format', 'html']).stderr).toMatch(/^backpain: .*'html'/);
  });

  it('completion: descriptions in Spanish, the same words to complete', () => {
    const fish = es(['completion', 'fish']).stdout;
    expect(fish).toContain(`-a read -d '${esWords.commands.read.summary}'`);
    expect(fish).toContain('causes');
    expect(es(['completion', 'bsh']).stderr).toMatch(/^backpain: .*'bsh'.*¿Quiso decir 'bash'\?/);
  });

  it('help: short help, --help and each command\'s help in Spanish', () => {
    expect(es([]).stdout).toMatch(/^backpain \d+\.\d+\.\d+: /);
    expect(es(['--help']).stdout).toMatch(/^Ejemplos:/);
    const list = es(['list', '--help']).stdout;
    expect(list).toMatch(/^Ejemplos:/);
    expect(list).toContain('Uso: backpain list [opciones] <kind>');
    expect(list).toContain('Opciones:');
    expect(es(['help', 'lsit']).stderr).toMatch(/'lsit'.*¿Quiso decir 'list'\?/);
  });

  it('the man page in Spanish is built beside the English one', () => {
    const page = readFileSync(new URL('../../dist/man/backpain-es.1', import.meta.url), 'utf8');
    expect(page).toMatch(/^\.TH BACKPAIN 1 /);
    expect(page).toContain('.SH ÓRDENES');
    // Every heading in Spanish, NAME, SYNOPSIS and DESCRIPTION too.
    expect(page.match(/^\.SH .*/gm)).toEqual(['.SH NOMBRE', '.SH SINOPSIS', '.SH DESCRIPCIÓN', '.SH ÓRDENES', '.SH OPCIONES GLOBALES', '.SH FORMATOS DE SALIDA', '.SH ENTORNO', '.SH ESTADO DE SALIDA', '.SH FUENTES', '.SH AVISO']);
    expect(page).toContain('.SS "backpain read');
  });
});
