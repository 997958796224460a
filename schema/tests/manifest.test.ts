import { readFileSync } from 'node:fs';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { ManifestError, SUPERGRAPH_SDL_PATH, parseManifest, persistedOperationId, readManifest, type ResultOf, type VariablesOf } from '../src/index.js';
import * as operations from '../src/generated/operations.js';

const manifest = readManifest();

describe('the persisted-query manifest', () => {
  it('holds every trusted operation, each id the SHA-256 of its body', () => {
    expect(manifest.format).toBe('apollo-persisted-query-manifest');
    expect(manifest.operations.length).toBeGreaterThanOrEqual(30);
    for (const op of manifest.operations) expect(op.id).toBe(persistedOperationId(op.body));
  });

  it('agrees with the typed constants the SDK sends', () => {
    const constants = Object.values(operations).filter((value) => typeof value === 'object' && value !== null && 'id' in value);
    expect(new Map(constants.map((c) => [c.name, c.id]))).toEqual(new Map(manifest.operations.map((op) => [op.name, op.id])));
  });

  it('has bodies that are valid against the composed supergraph, each carrying its own fragments', () => {
    const schema = buildSchema(readFileSync(SUPERGRAPH_SDL_PATH, 'utf8'), { assumeValidSDL: true });
    for (const op of manifest.operations) expect(validate(schema, parse(op.body)).map((e) => `${op.name}: ${e.message}`)).toEqual([]);
  });

  it('refuses a body whose id does not match, a duplicate name and an unknown format', () => {
    const [first] = manifest.operations;
    const tampered = { ...manifest, operations: [{ ...first!, body: `${first!.body} ` }] };
    expect(() => parseManifest(tampered)).toThrow(ManifestError);
    expect(() => parseManifest(tampered)).toThrow(/not the SHA-256 of its body/);
    expect(() => parseManifest({ ...manifest, operations: [first, first] })).toThrow(/appears twice/);
    expect(() => parseManifest({ ...manifest, format: 'relay' })).toThrow(/format/);
    expect(() => readManifest('/nonexistent/manifest.json')).toThrow(/cannot be read/);
  });
});

describe('the typed constants', () => {
  it('carry their result and variables types', () => {
    expectTypeOf<ResultOf<typeof operations.Genres>>().toEqualTypeOf<operations.GenresQuery>();
    expectTypeOf<VariablesOf<typeof operations.SemanticSearch>>().toEqualTypeOf<operations.SemanticSearchQueryVariables>();
    expectTypeOf<operations.SemanticSearchQueryVariables>().toMatchTypeOf<{ query: string; filters?: unknown }>();
  });
});
