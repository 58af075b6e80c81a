// The data files the build wrote under dist/data/, read when first asked for and kept. The CLI
// and the library each pass their package's root: the one edge where the data is read.
import { readFileSync } from 'node:fs';
import type { Lang } from '../core/lang.js';
import type { DataSource, LangData } from './types.js';

export function fileSource(root: string): DataSource {
  const cache = new Map<string, unknown>();
  const read = <T>(name: string): T => {
    if (!cache.has(name)) cache.set(name, JSON.parse(readFileSync(`${root}/dist/data/${name}.json`, 'utf8')));
    return cache.get(name) as T;
  };
  return {
    data: (lang: Lang) => read<LangData>(lang),
    searchable: (lang) => read(`${lang}.search`),
    html: (lang) => read(`${lang}.html`),
  };
}
