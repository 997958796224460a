import { readFileSync } from 'node:fs';
import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { SUPERGRAPH_SDL_PATH, operationAccess } from '../src/index.js';

const schema = buildSchema(readFileSync(SUPERGRAPH_SDL_PATH, 'utf8'), { assumeValidSDL: true });

describe('operationAccess', () => {
  it('finds nothing for the public catalogue', () => {
    expect(operationAccess(schema, '{ genres { genre } platforms { id } }')).toEqual({ authenticated: false, scopes: [] });
  });

  it('finds @authenticated on a field, inside fragments too', () => {
    expect(operationAccess(schema, 'query { ...F } fragment F on Query { devices { id } }')).toEqual({ authenticated: true, scopes: [] });
  });

  it('collects @requiresScopes once per requirement', () => {
    expect(operationAccess(schema, 'mutation { a: updatePreferences(input: {}) { autoplayNext } b: updatePreferences(input: {}) { autoplayNext } }')).toEqual({
      authenticated: true,
      scopes: [[['write:preferences']]],
    });
  });
});
