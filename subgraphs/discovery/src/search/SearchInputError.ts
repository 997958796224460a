/** A search request that cannot run; the resolver answers it as one BAD_USER_INPUT listing every problem. */
export class SearchInputError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.join('; '));
    this.name = 'SearchInputError';
  }
}
