/** Text as a search or a name lookup compares it: lower case, accents dropped ("Ciática" is "ciatica"). */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
