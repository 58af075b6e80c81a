/** The words a typed yes/no answer may be, in lower case. */
export interface YesNoWords {
  yes: readonly string[];
  no: readonly string[];
}

/** A typed answer read as yes (true), no (false), or neither (undefined): case and spaces do not matter. */
export function readYesNo(typed: string, words: YesNoWords): boolean | undefined {
  // NFC: an accent typed as a separate combining mark ("si" + U+0301) is the same as "sí".
  const answer = typed.normalize('NFC').trim().toLowerCase();
  if (words.yes.includes(answer)) return true;
  if (words.no.includes(answer)) return false;
  return undefined;
}
