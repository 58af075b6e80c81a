import { execFileSync } from 'node:child_process';

export interface PdfPage {
  /** How far down the printable area the page's last word reaches, 0 to 1. */
  filled: number;
}

// The page margins the print CSS sets (@page { margin: 10mm 12mm }), in PDF points.
const MARGIN_Y = (10 / 25.4) * 72;

/** The pages of a PDF, read with poppler's pdftotext -bbox (word boxes, in points from the top). */
export function pdfPages(file: string): PdfPage[] {
  const xml = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
  return [...xml.matchAll(/<page width="[\d.]+" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map(([, height, body]) => {
    const bottoms = [...(body ?? '').matchAll(/yMax="([\d.]+)"/g)].map((m) => Number(m[1]));
    const area = Number(height) - 2 * MARGIN_Y;
    return { filled: bottoms.length === 0 ? 0 : (Math.max(...bottoms) - MARGIN_Y) / area };
  });
}

/** Each page's text, spaces collapsed, for finding where a passage was printed. */
export function pdfText(file: string): string[] {
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
  return text
    .split('\f')
    .map((page) => page.normalize('NFKC').replace(/\s+/g, ' ').trim())
    .filter((page, i, all) => page !== '' || i < all.length - 1);
}
