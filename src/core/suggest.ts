/** Edit distance counting a swap of two neighbours as one edit (cuases -> causes). */
function distance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) (rows[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = rows[i] as number[];
      const prev = rows[i - 1] as number[];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      }
      row[j] = best;
    }
  }
  return (rows[a.length] as number[])[b.length] as number;
}

/** `{ suggestion }` for an error's values: the candidate closest to `input`, when one is close. */
export function suggestion(input: string, candidates: readonly string[]): { suggestion?: string } {
  const guess = closest(input, candidates);
  return guess ? { suggestion: guess } : {};
}

/** The candidate closest to `input`, if it is close enough to be a likely typo. */
export function closest(input: string, candidates: readonly string[]): string | undefined {
  const needle = input.toLowerCase();
  if (needle.length === 0 || needle.length > 64) return undefined;
  let best: { name: string; score: number } | undefined;
  for (const name of candidates) {
    const score = name.startsWith(needle) || needle.startsWith(name) ? 0.5 : distance(needle, name);
    if (!best || score < best.score) best = { name, score };
  }
  if (!best) return undefined;
  const limit = Math.max(2, Math.floor(needle.length / 3));
  return best.score <= limit ? best.name : undefined;
}
