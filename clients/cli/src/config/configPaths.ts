import { isAbsolute, join } from 'node:path';

export interface ConfigPaths {
  dir: string;
  /** `config.toml`: settings per named profile. */
  config: string;
  /** `credentials.json` (mode 0600): OAuth tokens per profile, since a headless box has no OS keyring. */
  credentials: string;
  /** `sync-queue.json`: watchlist changes made while the server was unreachable, per profile. */
  syncQueue: string;
}

/**
 * Where the CLI keeps its files: `$MEDIA_GATEWAY_CONFIG_DIR` when set, else `$XDG_CONFIG_HOME/media-gateway`
 * (XDG Base Directory spec: a relative XDG_CONFIG_HOME is invalid and ignored), else `~/.config/media-gateway`.
 */
export function configPaths(env: Readonly<Record<string, string | undefined>>, home: string): ConfigPaths {
  const xdg = env.XDG_CONFIG_HOME;
  const dir = env.MEDIA_GATEWAY_CONFIG_DIR || join(xdg && isAbsolute(xdg) ? xdg : join(home, '.config'), 'media-gateway');
  return { dir, config: join(dir, 'config.toml'), credentials: join(dir, 'credentials.json'), syncQueue: join(dir, 'sync-queue.json') };
}
