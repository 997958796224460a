import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ManifestError, persistedOperationId, type PersistedOperation, type PersistedQueryManifest } from '@media-gateway/schema';
import { validateManifest } from '../../src/persisted/validateManifest.js';

const schema = buildSchema(/* GraphQL */ `
  type Query {
    genres: [String!]!
  }
`);

const op = (name: string, type: PersistedOperation['type'], body: string): PersistedOperation => ({ id: persistedOperationId(body), name, type, body });
const manifest = (...operations: PersistedOperation[]): PersistedQueryManifest => ({ format: 'apollo-persisted-query-manifest', version: 1, operations });

describe('validateManifest', () => {
  it('accepts operations that validate against the schema', () => {
    expect(() => validateManifest(manifest(op('Genres', 'query', 'query Genres { genres }')), schema)).not.toThrow();
  });

  it('names every operation that does not parse, validate, or hold exactly the operation its entry names', () => {
    const bad = manifest(
      op('Genres', 'query', 'query Genres { genres }'),
      op('Broken', 'query', 'query Broken {'),
      op('Stale', 'query', 'query Stale { titles }'),
      op('Renamed', 'query', 'query Other { genres }'),
      op('Typed', 'mutation', 'query Typed { genres }'),
    );
    let error: unknown;
    try {
      validateManifest(bad, schema, '/tmp/manifest.json');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ManifestError);
    expect((error as Error).message).toBe(
      [
        "/tmp/manifest.json: 4 problem(s) against the router's schema (regenerate it with npm run codegen):",
        '  - Broken: Syntax Error: Expected Name, found <EOF>.',
        '  - Stale: Cannot query field "titles" on type "Query".',
        '  - Renamed: the body must hold exactly one query named Renamed',
        '  - Typed: the body must hold exactly one mutation named Typed',
      ].join('\n'),
    );
  });
});
