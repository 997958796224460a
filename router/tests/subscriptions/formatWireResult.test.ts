import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { formatWireError, formatWireResult } from '../../src/subscriptions/formatWireResult.js';
import { webSocketUrl } from '../../src/subscriptions/upstream/RemoteUpstreams.js';

describe('formatWireResult', () => {
  it('drops extensions.http, which only the HTTP route understands', () => {
    const error = new GraphQLError('Too deep', { extensions: { code: 'QUERY_TOO_DEEP', http: { status: 400 } } });
    expect(formatWireError(error)).toEqual({ message: 'Too deep', extensions: { code: 'QUERY_TOO_DEEP' } });
    expect(formatWireResult({ data: null, errors: [error], extensions: { warnings: [] } })).toEqual({
      data: null,
      errors: [{ message: 'Too deep', extensions: { code: 'QUERY_TOO_DEEP' } }],
      extensions: { warnings: [] },
    });
    expect(formatWireResult({ data: { a: 1 } })).toEqual({ data: { a: 1 } });
  });
});

describe('webSocketUrl', () => {
  it('keeps host, port and path', () => {
    expect(webSocketUrl('http://catalog:4001/graphql')).toBe('ws://catalog:4001/graphql');
    expect(webSocketUrl('https://sync.internal/graphql')).toBe('wss://sync.internal/graphql');
  });
});
