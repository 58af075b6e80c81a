/** Input the user can fix: a bad name, flag or value. The CLI exits 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    /** What would be right, or where to see the valid choices. */
    readonly hint = '',
  ) {
    super(message);
    this.name = 'UsageError';
  }
}
