import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDatasetFile, resolvePackageFile } from '../../src/ingestion/readDatasetFile.js';

describe('resolvePackageFile', () => {
  it('finds files the package exports map leaves out (vega-datasets)', () => {
    expect(resolvePackageFile('vega-datasets', 'data/movies.json')).toMatch(/vega-datasets[/\\]data[/\\]movies\.json$/);
  });

  it('resolves exported files directly (bangumi-data)', () => {
    expect(resolvePackageFile('bangumi-data', 'dist/data.json')).toMatch(/bangumi-data[/\\]dist[/\\]data\.json$/);
  });
});

describe('readDatasetFile', () => {
  it('fingerprints the file bytes with sha256', () => {
    const path = resolvePackageFile('vega-datasets', 'data/movies.json');
    const expected = createHash('sha256').update(readFileSync(path)).digest('hex');
    expect(readDatasetFile(path).fingerprint).toBe(expected);
  });
});
