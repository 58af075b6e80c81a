// Step 3 of the build: the man page of each language, from the same command table and catalog as
// --help (src/cli/man-page.ts): dist/man/backpain.1 in English, dist/man/backpain-<lang>.1 for
// the others (npm links man pages by file name).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildTimeModule } from './modules.mjs';

export function manPageName(lang) {
  return lang === 'en' ? 'backpain.1' : `backpain-${lang}.1`;
}

export async function buildDocs(root, { version, content }) {
  const { renderMan } = (await buildTimeModule(root, 'src/cli/man-page.ts')).module;
  mkdirSync(join(root, 'dist', 'man'), { recursive: true });
  for (const lang of content.langs) {
    const { guide, messages } = content.data[lang];
    writeFileSync(join(root, 'dist', 'man', manPageName(lang)), renderMan(version, guide.sources, messages));
  }
}
