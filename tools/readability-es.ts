import { checklistText, readableText, sentencesOf, wordsOf } from './readability.js';
import type { Guide } from '../src/content/types.js';

/** The five bands of the INFLESZ scale, worded as Barrio-Cantalejo et al. (2008) word them. */
export type InfleszGrade = 'muy difícil' | 'algo difícil' | 'normal' | 'bastante fácil' | 'muy fácil';

/** What the Spanish formulas need: they are ratios of these three counts. */
export interface TextCounts {
  words: number;
  syllables: number;
  sentences: number;
}

export interface ReadabilityEs {
  id: string;
  words: number;
  sentences: number;
  syllables: number;
  /** Szigriszt-Pazos perspicuity index (0-100, higher is easier). */
  szigrisztPazos: number;
  /** The INFLESZ band of the Szigriszt-Pazos score. */
  inflesz: InfleszGrade;
  /** Corrected Fernández-Huerta score (higher is easier). */
  fernandezHuerta: number;
}

// ---------------------------------------------------------------------------
// Syllables of a word
// ---------------------------------------------------------------------------

/** Vowels that are always a syllable nucleus: two of them side by side are a hiatus. */
const STRONG = new Set([...'aeoáéóàèòâêôäëö']);
/** A written accent on i/u makes it a nucleus of its own: it breaks a diphthong with a strong vowel (día, baúl). */
const STRESSED_WEAK = new Set([...'íú']);
/** Vowels that glide into a neighbouring nucleus (diphthong, triphthong); the value is the base letter. */
const WEAK: ReadonlyMap<string, string> = new Map([
  ['i', 'i'], ['ï', 'i'], ['î', 'i'], ['ì', 'i'], ['u', 'u'], ['ü', 'u'], ['û', 'u'], ['ù', 'u'],
]);

type VowelKind = 'strong' | 'stressed' | 'weak';

interface Vowel {
  kind: VowelKind;
  /** i or u for a weak vowel, to tell "ii" (hiatus: chiita) from "iu" (diphthong: ciudad). */
  base: string;
}

/** Spanish letter names (RAE, Ortografía 2010), as an initialism is read aloud: NHS is "ene hache ese". */
const LETTER_NAMES: Readonly<Record<string, string>> = {
  a: 'a', b: 'be', c: 'ce', d: 'de', e: 'e', f: 'efe', g: 'ge', h: 'hache', i: 'i', j: 'jota', k: 'ka',
  l: 'ele', m: 'eme', n: 'ene', ñ: 'eñe', o: 'o', p: 'pe', q: 'cu', r: 'erre', s: 'ese', t: 'te', u: 'u',
  v: 'uve', w: 'uve doble', x: 'equis', y: 'ye', z: 'zeta',
};

/**
 * Initialisms are at most this long. A longer run of capitals is a word in capitals
 * ("URGENCIAS"), read as a word, not spelled out.
 */
const MAX_INITIALISM = 5;

function isVowelLetter(ch: string | undefined): boolean {
  return ch !== undefined && (STRONG.has(ch) || STRESSED_WEAK.has(ch) || WEAK.has(ch));
}

/**
 * Letters that are written but not pronounced go first: the u of que/qui/gue/gui (queso, guitarra;
 * güe/güi keep their ü) and every h, which is silent and, as the RAE says, does not stop two vowels
 * from forming a diphthong or a hiatus (prohibir [proi̯.βíɾ], ahumado [au̯.má.ðo], búho [bú.o]).
 */
function spokenLetters(lower: string): string {
  return lower.replace(/([qg])u(?=[eiéí])/g, '$1').replace(/h/g, '');
}

/** y is a vowel only where no vowel follows it (hoy, muy, y, rey); before a vowel it is a consonant (yo, mayo). */
function vowelAt(letters: readonly string[], i: number): Vowel | undefined {
  const ch = letters[i] ?? '';
  if (STRONG.has(ch)) return { kind: 'strong', base: ch };
  if (STRESSED_WEAK.has(ch)) return { kind: 'stressed', base: ch === 'í' ? 'i' : 'u' };
  const weak = WEAK.get(ch) ?? (ch === 'y' && !isVowelLetter(letters[i + 1]) ? 'i' : undefined);
  return weak === undefined ? undefined : { kind: 'weak', base: weak };
}

/** Runs of adjacent vowels: only vowels that touch can share a syllable. */
function vowelRuns(spoken: string): Vowel[][] {
  const letters = [...spoken];
  const runs: Vowel[][] = [[]];
  letters.forEach((_, i) => {
    const vowel = vowelAt(letters, i);
    if (vowel) runs[runs.length - 1]?.push(vowel);
    else runs.push([]);
  });
  return runs.filter((run) => run.length > 0);
}

/**
 * Each strong or accented vowel is one syllable and takes at most one weak vowel on each side
 * (diphthongs ai, ue; triphthongs uay, iái). An accented í/ú does not take a like vowel (chiíta).
 * Weak vowels left over form syllables of their own: "ui"/"iu" is one (ruido, ciudad), a doubled
 * vowel is two (chiita).
 */
function syllablesOfRun(run: readonly Vowel[]): number {
  const taken = run.map((v) => v.kind !== 'weak');
  run.forEach((v, i) => {
    if (v.kind === 'weak') return;
    for (const j of [i - 1, i + 1]) {
      const next = run[j];
      if (next?.kind === 'weak' && !taken[j] && !(v.kind === 'stressed' && next.base === v.base)) taken[j] = true;
    }
  });
  const nuclei = run.filter((v) => v.kind !== 'weak').length;
  const leftovers = run.filter((v, i) => !taken[i] && (i === 0 || taken[i - 1] || run[i - 1]?.base === v.base)).length;
  return nuclei + leftovers;
}

function nameSyllables(letter: string): number {
  const base = letter === 'ñ' ? letter : letter.normalize('NFD').replace(/\p{M}/gu, '');
  const name = LETTER_NAMES[base];
  return name === undefined ? 1 : name.split(' ').reduce((sum, w) => sum + vowelSyllables(w), 0);
}

/** A word read letter by letter: an initialism (NHS, GP) or a run of consonants (mg, mmHg). */
function spelledSyllables(letters: string): number {
  return [...letters.toLowerCase()].reduce((sum, letter) => sum + nameSyllables(letter), 0);
}

function vowelSyllables(lower: string): number {
  return vowelRuns(spokenLetters(lower)).reduce((sum, run) => sum + syllablesOfRun(run), 0);
}

function isInitialism(letters: string): boolean {
  const count = [...letters].length;
  return count >= 2 && count <= MAX_INITIALISM && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** Syllables of a run of letters only (no digits, hyphens or signs). */
function letterSyllables(letters: string): number {
  if (isInitialism(letters)) return spelledSyllables(letters);
  const count = vowelSyllables(letters.toLowerCase());
  return count > 0 ? count : spelledSyllables(letters);
}

/**
 * Syllables of one Spanish word, as the RAE divides it in speech: hiatus between strong vowels
 * (po-e-ta), diphthongs and triphthongs are one (cuer-po, buey), an accented í/ú breaks them (dí-a).
 * Capital initialisms of two to five letters are read letter by letter (NHS: e-ne ha-che e-se = 6),
 * as a Spanish reader says them. A word with digits or signs is counted as a token.
 * At least 1, so that no word makes the text look easier than it is.
 */
export function syllablesEs(word: string): number {
  const nfc = word.normalize('NFC');
  if (/[^\p{L}\p{M}]/u.test(nfc)) return syllablesOfTokenEs(nfc);
  return Math.max(1, letterSyllables(nfc));
}

// ---------------------------------------------------------------------------
// Numerals read aloud
// ---------------------------------------------------------------------------

const UNITS = [
  'cero', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve',
  'diez', 'once', 'doce', 'trece', 'catorce', 'quince', 'dieciséis', 'diecisiete', 'dieciocho', 'diecinueve',
  'veinte', 'veintiuno', 'veintidós', 'veintitrés', 'veinticuatro', 'veinticinco', 'veintiséis', 'veintisiete', 'veintiocho', 'veintinueve',
];
const TENS = ['', '', '', 'treinta', 'cuarenta', 'cincuenta', 'sesenta', 'setenta', 'ochenta', 'noventa'];
const HUNDREDS = ['', 'ciento', 'doscientos', 'trescientos', 'cuatrocientos', 'quinientos', 'seiscientos', 'setecientos', 'ochocientos', 'novecientos'];

/** Before "mil" or "millón", uno is shortened (veintiún mil, treinta y un millones); read alone it is not. */
function unitWord(n: number, beforeScale: boolean): string {
  if (beforeScale && n === 1) return 'un';
  if (beforeScale && n === 21) return 'veintiún';
  return UNITS[n] ?? '';
}

/** Up to 29 each number is one word (dieciséis, veintiuno); from 30 tens and units are joined by "y". */
function below100(n: number, beforeScale: boolean): string[] {
  if (n === 0) return [];
  if (n < 30) return [unitWord(n, beforeScale)];
  const unit = n % 10;
  const tens = TENS[Math.floor(n / 10)] ?? '';
  return unit === 0 ? [tens] : [tens, 'y', unitWord(unit, beforeScale)];
}

/** A hundred on its own is "cien"; followed by more it is "ciento" (ciento uno). */
function below1000(n: number, beforeScale: boolean): string[] {
  if (n === 100) return ['cien'];
  const hundreds = Math.floor(n / 100);
  return [...(hundreds > 0 ? [HUNDREDS[hundreds] ?? ''] : []), ...below100(n % 100, beforeScale)];
}

/** A thousand is "mil", not "un mil"; more thousands are counted before it (dos mil). */
function belowMillion(n: number, beforeScale: boolean): string[] {
  const thousands = Math.floor(n / 1000);
  const head = thousands === 0 ? [] : thousands === 1 ? ['mil'] : [...below1000(thousands, true), 'mil'];
  return [...head, ...below1000(n % 1000, beforeScale)];
}

/** Spanish counts millions of millions before it says "billón", so up to 10^12 this is enough. */
function integerWords(n: number): string[] {
  if (n === 0) return ['cero'];
  const millions = Math.floor(n / 1e6);
  const head = millions === 0 ? [] : millions === 1 ? ['un', 'millón'] : [...belowMillion(millions, true), 'millones'];
  return [...head, ...belowMillion(n % 1e6, false)];
}

function digitWords(digits: string): string[] {
  return [...digits].filter((d) => /[0-9]/.test(d)).map((d) => UNITS[Number(d)] ?? '');
}

/** Decimals as people say them: leading zeros one by one, then a short rest as a number (3,14: tres coma catorce). */
function fractionWords(fraction: string): string[] {
  const zeros = /^0*/.exec(fraction)?.[0] ?? '';
  const rest = fraction.slice(zeros.length);
  const restWords = rest === '' ? [] : rest.length <= 3 ? integerWords(Number(rest)) : digitWords(rest);
  return [...digitWords(zeros), ...restWords];
}

/**
 * A whole part, optionally grouped in thousands by "." or "," (a group of exactly three digits), then
 * optionally a decimal mark and its digits.
 */
const NUMERAL = /^([0-9]+(?:[.,][0-9]{3})*)(?:([.,])([0-9]+))?$/;

/**
 * A numeral as it is read aloud in Spanish: "31" is "treinta y uno", "100.000" and "100,000" are
 * "cien mil", "2,5" is "dos coma cinco" ("2.5" is "dos punto cinco"). A group of exactly three digits
 * after a point or comma is thousands, because Spanish and English texts both group thousands that
 * way; any other point or comma is the decimal mark. Numbers of 10^12 or more, and strings that are not
 * numerals, are read digit by digit.
 */
export function numberWordsEs(numeral: string): string[] {
  const match = NUMERAL.exec(numeral);
  if (!match) return digitWords(numeral);
  const [, whole = '', mark, fraction = ''] = match;
  const n = Number(whole.replace(/[.,]/g, ''));
  const words = Number.isSafeInteger(n) && n < 1e12 ? integerWords(n) : digitWords(whole);
  if (mark === undefined) return words;
  return [...words, mark === ',' ? 'coma' : 'punto', ...fractionWords(fraction)];
}

// ---------------------------------------------------------------------------
// Tokens and text
// ---------------------------------------------------------------------------

/** How the signs that wordsOf keeps inside a token are read: 80% is "ochenta por ciento". */
const SIGN_WORDS: Readonly<Record<string, readonly string[]>> = { '%': ['por', 'ciento'], '&': ['y'] };

/** Numerals (with their separators), runs of letters, and the signs read aloud; hyphens and apostrophes split. */
const TOKEN_PART = /[0-9](?:[0-9.,]*[0-9])?|\p{L}[\p{L}\p{M}]*|[%&]/gu;

function wordListSyllables(words: readonly string[]): number {
  return words.reduce((sum, w) => sum + letterSyllables(w), 0);
}

function partSyllables(part: string): number {
  const sign = SIGN_WORDS[part];
  if (sign) return wordListSyllables(sign);
  if (/^[0-9]/.test(part)) return wordListSyllables(numberWordsEs(part));
  return letterSyllables(part);
}

/**
 * Syllables of a token as wordsOf yields it. Figures count as they are read aloud (the SMOG rule,
 * as in readability.ts), so "80%" is o-chen-ta por cien-to, 6, and figures cannot make a text look
 * easier than it is. A hyphenated word is the sum of its parts (físico-químico: 6). At least 1.
 */
export function syllablesOfTokenEs(token: string): number {
  const parts = token.normalize('NFC').match(TOKEN_PART) ?? [];
  return Math.max(1, parts.reduce((sum, part) => sum + partSyllables(part), 0));
}

// ---------------------------------------------------------------------------
// Formulas
// ---------------------------------------------------------------------------

/**
 * Szigriszt-Pazos perspicuity index (1993): Flesch's reading ease refitted to Spanish, whose words
 * are longer. It is the one INFLESZ grades. No words or no sentences gives NaN or -Infinity, never a
 * passing score.
 */
export function szigrisztPazos(m: TextCounts): number {
  return 206.835 - 62.3 * (m.syllables / m.words) - m.words / m.sentences;
}

/**
 * The INFLESZ scale (Barrio-Cantalejo et al., An Sist Sanit Navar 2008), fitted to Spanish health
 * texts for patients; 55 and above is "normal" for the general public. A score that is not a number
 * is "muy difícil", so a text that cannot be measured never passes.
 */
export function infleszGrade(score: number): InfleszGrade {
  if (!(score >= 40)) return 'muy difícil';
  if (score < 55) return 'algo difícil';
  if (score < 65) return 'normal';
  if (score < 80) return 'bastante fácil';
  return 'muy fácil';
}

/**
 * Fernández-Huerta (1959) in its corrected form. As usually quoted, its last term counts sentences per
 * 100 words, so shorter sentences would score harder; the correction (G. Law, 2011) uses words per
 * sentence, as Flesch's formula, which it adapts, does.
 */
export function fernandezHuerta(m: TextCounts): number {
  return 206.84 - 60 * (m.syllables / m.words) - 1.02 * (m.words / m.sentences);
}

/** The Spanish scores of one text, split into words and sentences the way the English gate splits them. */
export function measureEs(id: string, text: string): ReadabilityEs {
  const words = wordsOf(text);
  const counts: TextCounts = {
    words: words.length,
    syllables: words.reduce((sum, w) => sum + syllablesOfTokenEs(w), 0),
    sentences: sentencesOf(text).length,
  };
  const sp = szigrisztPazos(counts);
  return {
    id,
    words: counts.words,
    sentences: counts.sentences,
    syllables: counts.syllables,
    szigrisztPazos: sp,
    inflesz: infleszGrade(sp),
    fernandezHuerta: fernandezHuerta(counts),
  };
}

/** Spanish readability for each section and, last, for the whole guide (id `guide`), on the same text the English measure reads. */
export function guideReadabilityEs(guide: Guide): { sections: ReadabilityEs[]; whole: ReadabilityEs } {
  const texts = guide.sections.map((s) => ({ id: s.id, text: readableText(s) }));
  return {
    sections: texts.map(({ id, text }) => measureEs(id, text)),
    whole: measureEs('guide', texts.map((t) => t.text).join('\n')),
  };
}

/** The Spanish scores of the checklist's own words (questions, hints, steps, causes). */
export function checklistReadabilityEs(guide: Guide): ReadabilityEs {
  return measureEs('checklist', checklistText(guide));
}
