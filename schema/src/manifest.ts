import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { PersistedOperation } from './TypedOperation.js';

/** The Apollo persisted-query manifest (`format: apollo-persisted-query-manifest`, version 1). */
export interface PersistedQueryManifest {
  format: 'apollo-persisted-query-manifest';
  version: 1;
  operations: PersistedOperation[];
}

/** The manifest `npm run codegen` writes from schema/operations. */
export const MANIFEST_PATH = fileURLToPath(new URL('../persisted-query-manifest.json', import.meta.url));

/** The composed supergraph SDL (`npm run compose`). */
export const SUPERGRAPH_SDL_PATH = fileURLToPath(new URL('../supergraph.graphql', import.meta.url));

export const persistedOperationId = (body: string): string => createHash('sha256').update(body).digest('hex');

export class ManifestError extends Error {
  override readonly name = 'ManifestError';
}

const TYPES = new Set(['query', 'mutation', 'subscription']);

/**
 * Checks a parsed manifest: the format and version, every operation named once, and every id the SHA-256 of its
 * body (a hand-edited body with a stale id would run something other than what was reviewed).
 */
export function parseManifest(value: unknown, origin = 'manifest'): PersistedQueryManifest {
  const fail = (why: string): never => {
    throw new ManifestError(`${origin}: ${why}`);
  };
  if (typeof value !== 'object' || value === null) fail('not a JSON object');
  const manifest = value as Partial<PersistedQueryManifest>;
  if (manifest.format !== 'apollo-persisted-query-manifest') fail(`format must be "apollo-persisted-query-manifest", not ${JSON.stringify(manifest.format)}`);
  if (manifest.version !== 1) fail(`version must be 1, not ${JSON.stringify(manifest.version)}`);
  if (!Array.isArray(manifest.operations)) fail('operations must be an array');
  const names = new Set<string>();
  const ids = new Set<string>();
  for (const [index, op] of manifest.operations!.entries()) {
    const where = `operations[${index}]`;
    if (typeof op !== 'object' || op === null) fail(`${where} is not an object`);
    if (typeof op.name !== 'string' || op.name === '') fail(`${where}.name must be a non-empty string`);
    if (typeof op.body !== 'string' || op.body === '') fail(`${where} (${op.name}) has no body`);
    if (!TYPES.has(op.type)) fail(`${where} (${op.name}) has type ${JSON.stringify(op.type)}`);
    if (op.id !== persistedOperationId(op.body)) fail(`${where} (${op.name}): id is not the SHA-256 of its body`);
    if (names.has(op.name)) fail(`operation name ${op.name} appears twice`);
    if (ids.has(op.id)) fail(`operation id ${op.id} appears twice`);
    names.add(op.name);
    ids.add(op.id);
  }
  return manifest as PersistedQueryManifest;
}

export function readManifest(path: string = MANIFEST_PATH): PersistedQueryManifest {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ManifestError(`${path}: cannot be read (${(error as Error).message})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ManifestError(`${path}: not valid JSON (${(error as Error).message})`);
  }
  return parseManifest(json, path);
}
