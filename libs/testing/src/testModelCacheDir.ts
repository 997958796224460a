import { fileURLToPath } from 'node:url';

/**
 * Where tests keep the embedding models: the repository's `.data/models`, the same folder `npm start` uses, so the
 * built-in static model is built once (by the test run's global setup, or by an earlier start) and shared.
 */
export function testModelCacheDir(): string {
  return fileURLToPath(new URL('../../../.data/models', import.meta.url));
}
