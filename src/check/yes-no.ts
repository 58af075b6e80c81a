/** The words a typed yes/no answer may be, in lower case. */
export interface YesNoWords {
  yes: readonly string[];
  no: readonly string[];
  /** The words of "not sure": taken only where `notSure` is asked for. */
  notSure: readonly string[];
}

/**
 * A typed answer read as yes (true), no (false), "not sure" (only with `notSure`), or neither
 * (undefined): case, spaces and accents typed apart do not matter.
 */
export function readYesNo(typed: string, words: YesNoWords, notSure = false): boolean | 'not-sure' | undefined {
  // NFC: an accent typed as a separate combining mark ("si" + U+0301) is the same as "sí".
  const answer = typed.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ');
  if (words.yes.includes(answer)) return true;
  if (words.no.includes(answer)) return false;
  if (notSure && words.notSure.includes(answer)) return 'not-sure';
  return undefined;
}

/** A typed whole number from `min` to `max`, or undefined: digits only, so "0x4" and "1e0" are not numbers. */
export function readWhole(typed: string, min: number, max: number): number | undefined {
  const answer = typed.trim();
  if (!/^\d{1,4}$/.test(answer)) return undefined;
  const n = Number(answer);
  return n >= min && n <= max ? n : undefined;
}
