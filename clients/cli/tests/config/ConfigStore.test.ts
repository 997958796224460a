import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigStore, configPaths } from '@media-gateway/cli';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mg-cli-config-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('ConfigStore', () => {
  it('treats a missing file as empty, and writes TOML readable by the owner only', async () => {
    const store = new ConfigStore(join(dir, 'nested', 'config.toml'));
    expect(await store.read()).toEqual({ profiles: {} });

    await store.set('default', 'region', 'GB');
    await store.set('work', 'url', 'http://127.0.0.1:4000');
    await store.set('default', 'url', 'http://localhost:4000');

    expect(await store.read()).toEqual({ profiles: { default: { region: 'GB', url: 'http://localhost:4000' }, work: { url: 'http://127.0.0.1:4000' } } });
    expect(readFileSync(store.path, 'utf8')).toContain('[profiles.default]\nregion = "GB"\nurl = "http://localhost:4000"');
    expect(statSync(store.path).mode & 0o777).toBe(0o600);
  });

  it('removes a key and resets one profile without touching the others', async () => {
    const store = new ConfigStore(join(dir, 'config.toml'));
    await store.set('default', 'region', 'GB');
    await store.set('default', 'device', 'd-1');
    await store.set('work', 'region', 'DE');

    await store.set('default', 'device', undefined);
    expect(await store.profile('default')).toEqual({ region: 'GB' });
    await store.reset('default');
    expect(await store.read()).toEqual({ profiles: { work: { region: 'DE' } } });
  });

  it('refuses to work on a broken file rather than overwrite it', async () => {
    const path = join(dir, 'config.toml');
    writeFileSync(path, '[profiles.default]\nregion = "Europe"\n');
    const store = new ConfigStore(path);
    await expect(store.set('default', 'url', 'http://localhost:4000')).rejects.toMatchObject({
      code: 'CONFIG',
      message: `config error in ${path}: profiles.default.region: region must be a two-letter ISO 3166-1 code such as "US", got "Europe"`,
    });
    expect(readFileSync(path, 'utf8')).toBe('[profiles.default]\nregion = "Europe"\n');
  });
});

describe('configPaths', () => {
  it('prefers MEDIA_GATEWAY_CONFIG_DIR, then an absolute XDG_CONFIG_HOME, then ~/.config', () => {
    expect(configPaths({ MEDIA_GATEWAY_CONFIG_DIR: '/tmp/mg', XDG_CONFIG_HOME: '/xdg' }, '/home/ada')).toEqual({
      dir: '/tmp/mg',
      config: '/tmp/mg/config.toml',
      credentials: '/tmp/mg/credentials.json',
      syncQueue: '/tmp/mg/sync-queue.json',
    });
    expect(configPaths({ XDG_CONFIG_HOME: '/xdg' }, '/home/ada').config).toBe('/xdg/media-gateway/config.toml');
    expect(configPaths({ XDG_CONFIG_HOME: 'relative' }, '/home/ada').config).toBe('/home/ada/.config/media-gateway/config.toml');
    expect(configPaths({}, '/home/ada').credentials).toBe('/home/ada/.config/media-gateway/credentials.json');
  });
});
