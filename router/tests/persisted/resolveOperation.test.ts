import { describe, expect, it } from 'vitest';
import { persistedOperationId, type PersistedOperation } from '@media-gateway/schema';
import { resolveOperation, type Resolution, type ResolveOptions } from '../../src/persisted/resolveOperation.js';

const body = 'query Genres {\n  genres {\n    genre\n  }\n}\n';
const GENRES: PersistedOperation = { id: persistedOperationId(body), name: 'Genres', type: 'query', body };
const OTHER = 'c'.repeat(64);
const options = (forwardApq: boolean): ResolveOptions => ({ find: (id) => (id === GENRES.id ? GENRES : undefined), forwardApq });
const apq = (sha256Hash: unknown) => ({ persistedQuery: { version: 1, sha256Hash } });

/** The error's code and message, for comparing `invalid` resolutions. */
function outcome(resolution: Resolution) {
  return resolution.kind === 'invalid' ? { code: resolution.error.extensions.code, message: resolution.error.message } : resolution;
}

describe('resolveOperation', () => {
  it('finds a trusted operation by documentId (bare or sha256:) or by APQ hash', () => {
    for (const request of [{ documentId: GENRES.id }, { documentId: `sha256:${GENRES.id}` }, { extensions: apq(GENRES.id) }, { documentId: GENRES.id, extensions: apq(GENRES.id) }]) {
      expect(resolveOperation(request, options(false))).toEqual({ kind: 'persisted', operation: GENRES });
    }
  });

  it('accepts the text with the id when the text is the body, and an empty query as none (graphql-ws)', () => {
    expect(resolveOperation({ query: body, extensions: apq(GENRES.id) }, options(true))).toEqual({ kind: 'persisted', operation: GENRES });
    expect(resolveOperation({ query: '', documentId: GENRES.id }, options(false))).toEqual({ kind: 'persisted', operation: GENRES });
  });

  it('refuses text that does not hash to the id, in Apollo words for APQ, and two ids that differ', () => {
    expect(outcome(resolveOperation({ query: '{ a }', extensions: apq(GENRES.id) }, options(true)))).toEqual({
      code: 'PERSISTED_QUERY_HASH_MISMATCH',
      message: 'provided sha does not match query',
    });
    expect(outcome(resolveOperation({ query: '{ a }', documentId: GENRES.id }, options(true)))).toEqual({
      code: 'PERSISTED_QUERY_HASH_MISMATCH',
      message: `The query text does not hash to documentId ${GENRES.id}.`,
    });
    expect(outcome(resolveOperation({ documentId: GENRES.id, extensions: apq(OTHER) }, options(false)))).toEqual({
      code: 'PERSISTED_QUERY_HASH_MISMATCH',
      message: 'documentId and extensions.persistedQuery.sha256Hash name different operations.',
    });
  });

  it('answers an unknown id with PERSISTED_QUERY_NOT_FOUND unless APQ may still know the hash', () => {
    expect(outcome(resolveOperation({ documentId: OTHER }, options(true)))).toEqual({ code: 'PERSISTED_QUERY_NOT_FOUND', message: `No trusted operation has the id ${OTHER}.` });
    expect(outcome(resolveOperation({ extensions: apq(OTHER) }, options(false)))).toEqual({ code: 'PERSISTED_QUERY_NOT_FOUND', message: 'PersistedQueryNotFound' });
    expect(resolveOperation({ extensions: apq(OTHER) }, options(true))).toEqual({ kind: 'adhoc', apq: 'forward' });
  });

  it('treats text with a hash the manifest lacks as ad-hoc: APQ registers it only when forwarding', () => {
    const query = '{ platforms { id } }';
    const hash = persistedOperationId(query);
    expect(resolveOperation({ query, extensions: apq(hash) }, options(true))).toEqual({ kind: 'adhoc', apq: 'forward' });
    expect(resolveOperation({ query, extensions: apq(hash) }, options(false))).toEqual({ kind: 'adhoc', apq: 'drop' });
    expect(resolveOperation({ query, documentId: hash }, options(true))).toEqual({ kind: 'adhoc', apq: 'none' });
    expect(resolveOperation({ query }, options(false))).toEqual({ kind: 'adhoc', apq: 'none' });
    expect(resolveOperation({}, options(false))).toEqual({ kind: 'adhoc', apq: 'none' });
  });

  it('refuses malformed ids, leaving odd APQ hashes to Apollo when forwarding', () => {
    const invalid = { code: 'PERSISTED_QUERY_INVALID_ID', message: 'documentId must be a SHA-256 hex digest, optionally prefixed with "sha256:".' };
    expect(outcome(resolveOperation({ documentId: 'abc' }, options(true)))).toEqual(invalid);
    expect(outcome(resolveOperation({ documentId: 7 }, options(true)))).toEqual(invalid);
    expect(outcome(resolveOperation({ extensions: apq('abc') }, options(false)))).toEqual({
      code: 'PERSISTED_QUERY_INVALID_ID',
      message: 'extensions.persistedQuery.sha256Hash must be a SHA-256 hex digest.',
    });
    expect(resolveOperation({ extensions: apq('abc') }, options(true))).toEqual({ kind: 'adhoc', apq: 'forward' });
  });
});
