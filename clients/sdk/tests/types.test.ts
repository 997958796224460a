import { describe, expectTypeOf, it } from 'vitest';
import {
  createClient,
  operations,
  type MediaGatewayClient,
  type MediaGatewayErrorCode,
  type ResultOf,
  type TypedOperation,
  type VariablesOf,
} from '@media-gateway/sdk';

// Compile-only checks of the public API (STYLE.md "compile-only type tests"): `tsc -p clients/sdk/tsconfig.json`
// fails on a broken expectation or an unused @ts-expect-error. The bodies never run against a server.
const client: MediaGatewayClient = createClient({ url: 'http://127.0.0.1:4000' });

describe('typed operations', () => {
  it('types request() by the operation: variables in, result out', () => {
    expectTypeOf(client.request(operations.SemanticSearch, { query: 'x' })).resolves.toEqualTypeOf<operations.SemanticSearchQuery>();
    expectTypeOf<ResultOf<typeof operations.SemanticSearch>>().toEqualTypeOf<operations.SemanticSearchQuery>();
    expectTypeOf<VariablesOf<typeof operations.SemanticSearch>>().toEqualTypeOf<operations.SemanticSearchQueryVariables>();
    expectTypeOf(operations.Viewer).toEqualTypeOf<TypedOperation<operations.ViewerQuery, operations.ViewerQueryVariables>>();
  });

  it('refuses a wrong variable', () => {
    type Search = (variables: Parameters<typeof client.request<operations.SemanticSearchQuery, operations.SemanticSearchQueryVariables>>[1]) => void;
    const search: Search = () => {};
    search({ query: 'x', first: 5, filters: null });
    // @ts-expect-error: `query` must be a string
    search({ query: 42 });
    // @ts-expect-error: there is no `limit` variable
    search({ query: 'x', limit: 5 });
    // @ts-expect-error: `query` is required
    search({ first: 5 });
  });

  it('checks variables at the call site too', () => {
    const call = () => {
      void client.request(operations.SemanticSearch, { query: 'x', region: 'GB' });
      // @ts-expect-error: misspelt variable
      void client.request(operations.SemanticSearch, { qeury: 'x' });
      // @ts-expect-error: AddToWatchlist needs a string hlc
      void client.request(operations.AddToWatchlist, { profileId: 'p', deviceId: 'd', titleId: 't', hlc: 1 });
    };
    expectTypeOf(call).toBeFunction();
  });

  it('types subscribe() events and execute() results', () => {
    const follow = () =>
      client.subscribe(operations.LibraryChanged, { profileId: 'p' }, {
        next(event) {
          expectTypeOf(event).toEqualTypeOf<operations.LibraryChangedSubscription>();
        },
      });
    expectTypeOf(follow).returns.toEqualTypeOf<() => void>();
    const viewer = () => client.execute(operations.Viewer);
    expectTypeOf(viewer).returns.resolves.toHaveProperty('data').toEqualTypeOf<operations.ViewerQuery | null | undefined>();
  });

  it('has a closed set of error codes', () => {
    expectTypeOf<'NETWORK'>().toExtend<MediaGatewayErrorCode>();
    expectTypeOf<'PERSISTED_QUERY_NOT_FOUND'>().toExtend<MediaGatewayErrorCode>();
    // @ts-expect-error: not a code
    expectTypeOf<'TEAPOT'>().toExtend<MediaGatewayErrorCode>();
  });
});
