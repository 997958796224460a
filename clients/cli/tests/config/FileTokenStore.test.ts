import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FileTokenStore } from '@media-gateway/cli';

const tokens = { accessToken: 'eyJ.access', refreshToken: 'refresh-1', expiresAt: 1_767_225_600_000, scope: 'openid read:content' };
let dir: string;
let path: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mg-cli-tokens-'));
  path = join(dir, 'credentials.json');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('FileTokenStore', () => {
  it('saves tokens in a file only the owner can read, and loads them back', async () => {
    const store = new FileTokenStore(path, 'default', 'http://localhost:4000/oidc');
    expect(await store.load()).toBeUndefined();

    await store.save(tokens);

    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(await new FileTokenStore(path, 'default', 'http://localhost:4000/oidc').load()).toEqual(tokens);
  });

  it('keeps profiles apart and never hands one issuer’s tokens to another', async () => {
    await new FileTokenStore(path, 'default', 'http://localhost:4000/oidc').save(tokens);
    await new FileTokenStore(path, 'work', 'https://work.example.test/oidc').save({ ...tokens, accessToken: 'work' });

    expect(await new FileTokenStore(path, 'default', 'https://evil.example.test/oidc').load()).toBeUndefined();
    expect((await new FileTokenStore(path, 'work', 'https://work.example.test/oidc').load())?.accessToken).toBe('work');

    await new FileTokenStore(path, 'default', 'http://localhost:4000/oidc').clear();
    expect(await new FileTokenStore(path, 'default', 'http://localhost:4000/oidc').load()).toBeUndefined();
    expect(Object.keys(JSON.parse(readFileSync(path, 'utf8')).profiles)).toEqual(['work']);
  });

  it('reports a damaged file as a config error naming it', async () => {
    writeFileSync(path, '{"version":1,"profiles":{"default":{"issuer":"x"}}}');
    await expect(new FileTokenStore(path, 'default', 'x').load()).rejects.toMatchObject({
      code: 'CONFIG',
      message: `config error in ${path}: not a credentials file this CLI wrote (delete it and sign in again)`,
    });
  });
});
