import { describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import { badUserInput, IDENTITY_ERRORS, identityError } from '../src/errors.js';

describe('identity errors', () => {
  it('registers the closed set of codes with a description and version', () => {
    expect(Object.keys(IDENTITY_ERRORS)).toEqual(['BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'RATE_LIMITED', 'CONFLICT']);
    for (const entry of Object.values(IDENTITY_ERRORS)) {
      expect(entry.description.length).toBeGreaterThan(10);
      expect(entry.addedIn).toBe('0.1.0');
    }
  });

  it('identityError sets extensions.code and keeps other extensions', () => {
    const error = identityError('RATE_LIMITED', 'Too many attempts', { retryAfterSeconds: 12 });
    expect(error).toBeInstanceOf(GraphQLError);
    expect({ code: error.extensions.code, message: error.message, retryAfterSeconds: error.extensions.retryAfterSeconds }).toEqual({
      code: 'RATE_LIMITED',
      message: 'Too many attempts',
      retryAfterSeconds: 12,
    });
  });

  it('extensions cannot override the code', () => {
    const error = identityError('FORBIDDEN', 'No', { code: 'SOMETHING_ELSE' });
    expect(error.extensions.code).toBe('FORBIDDEN');
  });

  it('badUserInput carries every problem', () => {
    const error = badUserInput(['name must be 1 to 100 characters, got 0', 'scopes must name at least one scope']);
    expect({ code: error.extensions.code, message: error.message, problems: error.extensions.problems }).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'name must be 1 to 100 characters, got 0; scopes must name at least one scope',
      problems: ['name must be 1 to 100 characters, got 0', 'scopes must name at least one scope'],
    });
  });
});
