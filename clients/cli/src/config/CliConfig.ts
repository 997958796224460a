/**
 * One named profile of `config.toml` (`[profiles.<name>]`). Every key is optional in the file; `resolveSettings`
 * fills the defaults, with `--url` / `MEDIA_GATEWAY_URL` above the file's `url`.
 */
export interface ProfileConfig {
  /**
   * The Media Gateway router's origin (GraphQL at `<url>/graphql`, sign-in at `<url>/oidc`).
   * @default "http://localhost:4000"
   * @example "https://api.media-gateway.example"
   */
  url?: string;
  /**
   * ISO 3166-1 alpha-2 region for availability, search and playback.
   * @default "US"
   */
  region?: string;
  /**
   * The account profile (a person in the household) whose watchlist and playback the CLI uses.
   * @default the signed-in user's first profile
   */
  profile?: string;
  /**
   * The id this CLI was registered under as a device (type CLI). Written by the CLI on first use of `watchlist add`
   * or `remove`; set it only to reuse a device registered elsewhere.
   * @default registered on first use
   */
  device?: string;
}

/** The whole file: named profiles, selected with `--profile-name` or `MEDIA_GATEWAY_PROFILE`. */
export interface ConfigFile {
  profiles: Record<string, ProfileConfig>;
}

export type ConfigKey = keyof ProfileConfig;

export const DEFAULT_URL = 'http://localhost:4000';
export const DEFAULT_REGION = 'US';
export const DEFAULT_PROFILE_NAME = 'default';

/**
 * What `config set` accepts per key and how a value is normalised; the file is validated with the same functions, so
 * a hand-edited value the CLI would not write is refused at read time too. Each returns the normal form or a problem.
 */
export const CONFIG_KEYS: Readonly<Record<ConfigKey, { description: string; normalise(value: string): { value: string } | { problem: string } }>> = {
  url: {
    description: 'router origin, e.g. http://localhost:4000',
    normalise(value) {
      let url: URL;
      try {
        url = new URL(value);
      } catch {
        return { problem: `url must be an absolute http(s) URL, got ${JSON.stringify(value)}` };
      }
      if (url.protocol !== 'http:' && url.protocol !== 'https:') return { problem: `url must use http or https, got ${JSON.stringify(value)}` };
      if (url.search || url.hash) return { problem: `url must not have a query or fragment, got ${JSON.stringify(value)}` };
      // The SDK appends /graphql and /oidc: keep any base path, drop the trailing slash.
      return { value: url.href.replace(/\/+$/, '') };
    },
  },
  region: {
    description: 'ISO 3166-1 alpha-2 region, e.g. US or GB',
    normalise(value) {
      return /^[A-Za-z]{2}$/.test(value) ? { value: value.toUpperCase() } : { problem: `region must be a two-letter ISO 3166-1 code such as "US", got ${JSON.stringify(value)}` };
    },
  },
  profile: {
    description: 'account profile id used for the watchlist and cast',
    normalise: (value) => id('profile', value),
  },
  device: {
    description: "this CLI's registered device id",
    normalise: (value) => id('device', value),
  },
};

export function isConfigKey(key: string): key is ConfigKey {
  return Object.hasOwn(CONFIG_KEYS, key);
}

/** Profile names become TOML table keys and appear in `credentials.json`; keep them plain. */
export function checkProfileName(name: string): string | undefined {
  return /^[A-Za-z0-9_-]{1,64}$/.test(name) ? undefined : `profile name must be 1–64 letters, digits, "-" or "_", got ${JSON.stringify(name)}`;
}

function id(key: string, value: string): { value: string } | { problem: string } {
  const trimmed = value.trim();
  return /^[A-Za-z0-9_:.-]{1,128}$/.test(trimmed) ? { value: trimmed } : { problem: `${key} must be an id (letters, digits, "-", "_", ":", "."), got ${JSON.stringify(value)}` };
}
