/** A content file that does not follow content/FORMAT.md. The message names the file and line. */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    detail: string,
  ) {
    super(`${file}${line > 0 ? `:${line}` : ''}: ${detail}`);
    this.name = 'ContentError';
  }
}
