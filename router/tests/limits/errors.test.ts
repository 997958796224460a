import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { LIMIT_ERRORS, limitError } from '../../src/limits/errors.js';

describe('LIMIT_ERRORS', () => {
  it('is the closed set of router limit codes, each described and versioned', () => {
    expect(Object.keys(LIMIT_ERRORS).sort()).toEqual([
      'PAYLOAD_TOO_LARGE',
      'QUERY_TOO_COMPLEX',
      'QUERY_TOO_DEEP',
      'QUERY_TOO_LARGE',
      'TOO_MANY_ALIASES',
    ]);
    for (const entry of Object.values(LIMIT_ERRORS)) {
      expect(entry.description).not.toBe('');
      expect(entry.addedIn).toBe('0.1.0');
    }
  });
});

describe('limitError', () => {
  it('sets code, the numbers and the HTTP status from the registry', () => {
    const error = limitError('QUERY_TOO_DEEP', 'Query depth 9 exceeds the maximum of 7.', { limit: 7, actual: 9 });
    expect(error).toBeInstanceOf(GraphQLError);
    expect(error.message).toBe('Query depth 9 exceeds the maximum of 7.');
    expect(error.extensions).toEqual({ code: 'QUERY_TOO_DEEP', limit: 7, actual: 9, http: { status: 400 } });
  });

  it('uses 413 for size limits', () => {
    const error = limitError('PAYLOAD_TOO_LARGE', 'Request body is over 1 MiB.', { limit: 1_048_576, actual: 2_000_000 });
    expect(error.extensions).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', http: { status: 413 } });
  });

  it('does not let extra fields overwrite code or status', () => {
    const error = limitError('TOO_MANY_ALIASES', 'Too many aliases.', { limit: 1, actual: 2, code: 'X', http: { status: 200 } });
    expect(error.extensions).toMatchObject({ code: 'TOO_MANY_ALIASES', http: { status: 400 } });
  });
});
