import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadEmbeddedSecrets } from '../../src/embedded/loadEmbeddedSecrets.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('loadEmbeddedSecrets', () => {
  it('creates the secrets once, readable only by the owner, and returns the same ones afterwards', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mg-secrets-'));
    dirs.push(dir);
    const path = join(dir, 'nested', 'secrets.json');
    const first = loadEmbeddedSecrets(path);
    expect(Buffer.from(first.mfaKey, 'base64url')).toHaveLength(32);
    expect(first.cookieKeys[0]!.length).toBeGreaterThanOrEqual(32);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(loadEmbeddedSecrets(path)).toEqual(first);
  });
});
