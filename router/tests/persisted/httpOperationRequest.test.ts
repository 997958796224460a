import { HeaderMap, type HTTPGraphQLRequest } from '@apollo/server';
import { describe, expect, it } from 'vitest';
import type { PersistedOperation } from '@media-gateway/schema';
import { readHttpOperationRequest, rewriteHttpGraphQLRequest } from '../../src/persisted/httpOperationRequest.js';

const operation: PersistedOperation = { id: 'a'.repeat(64), name: 'Genres', type: 'query', body: 'query Genres { genres }' };
const post = (body: unknown): HTTPGraphQLRequest => ({ method: 'POST', headers: new HeaderMap(), search: '', body });
const get = (params: Record<string, string>): HTTPGraphQLRequest => ({ method: 'GET', headers: new HeaderMap(), search: `?${new URLSearchParams(params)}`, body: undefined });

describe('readHttpOperationRequest', () => {
  it('reads the POST body fields and the GET parameters (extensions as JSON)', () => {
    const extensions = { persistedQuery: { version: 1, sha256Hash: operation.id } };
    expect(readHttpOperationRequest(post({ query: '{ a }', documentId: 'x', extensions, variables: {} }))).toEqual({ query: '{ a }', documentId: 'x', extensions });
    expect(readHttpOperationRequest(get({ documentId: 'x', extensions: JSON.stringify(extensions) }))).toEqual({ query: undefined, documentId: 'x', extensions });
    expect(readHttpOperationRequest(get({ extensions: '{not json' }))).toEqual({ query: undefined, documentId: undefined, extensions: undefined });
    expect(readHttpOperationRequest(post([{ query: '{ a }' }]))).toEqual({});
  });
});

describe('rewriteHttpGraphQLRequest', () => {
  it('puts the trusted body and name in place of the ids, keeping variables and other extensions', () => {
    const rewritten = rewriteHttpGraphQLRequest(
      post({ documentId: operation.id, operationName: 'Mine', variables: { a: 1 }, extensions: { persistedQuery: { version: 1, sha256Hash: operation.id }, trace: true } }),
      { kind: 'persisted', operation },
    );
    expect(rewritten.body).toEqual({ query: operation.body, operationName: 'Genres', variables: { a: 1 }, extensions: { trace: true } });
    const viaGet = rewriteHttpGraphQLRequest(get({ documentId: operation.id, variables: '{"a":1}' }), { kind: 'persisted', operation });
    expect(Object.fromEntries(new URLSearchParams(viaGet.search))).toEqual({ variables: '{"a":1}', query: operation.body, operationName: 'Genres' });
  });

  it('drops an APQ extension that must not register, and leaves everything else alone', () => {
    const extensions = JSON.stringify({ persistedQuery: { version: 1, sha256Hash: 'b'.repeat(64) } });
    const dropped = rewriteHttpGraphQLRequest(get({ query: '{ a }', extensions }), { kind: 'adhoc', apq: 'drop' });
    expect(Object.fromEntries(new URLSearchParams(dropped.search))).toEqual({ query: '{ a }' });
    const forwarded = post({ query: '{ a }', extensions: JSON.parse(extensions) });
    expect(rewriteHttpGraphQLRequest(forwarded, { kind: 'adhoc', apq: 'forward' })).toBe(forwarded);
  });
});
