import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { SyncInputError, toSyncGraphQLError, WatchlistFullError } from '@media-gateway/sync';

describe('toSyncGraphQLError', () => {
  it('answers bad operations with BAD_USER_INPUT, every problem and the timestamp reason', () => {
    const error = toSyncGraphQLError(new SyncInputError(['a', 'b'], 'HLC_CLOCK_DRIFT')) as GraphQLError;
    expect(error).toBeInstanceOf(GraphQLError);
    expect(error.message).toBe('a; b');
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', problems: ['a', 'b'], reason: 'HLC_CLOCK_DRIFT' });
    expect((toSyncGraphQLError(new SyncInputError(['a'])) as GraphQLError).extensions).toEqual({ code: 'BAD_USER_INPUT', problems: ['a'] });
  });

  it('answers a full watchlist with CONFLICT and the limit', () => {
    const error = toSyncGraphQLError(new WatchlistFullError(1000)) as GraphQLError;
    expect(error.extensions).toEqual({ code: 'CONFLICT', reason: 'WATCHLIST_FULL', limit: 1000 });
    expect(error.message).toBe('the watchlist holds at most 1000 titles; remove one first');
  });

  it('passes anything else through', () => {
    const bug = new TypeError('bug');
    expect(toSyncGraphQLError(bug)).toBe(bug);
  });
});
