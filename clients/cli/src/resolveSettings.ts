import { CONFIG_KEYS, DEFAULT_PROFILE_NAME, DEFAULT_REGION, DEFAULT_URL, checkProfileName, type ProfileConfig } from './config/CliConfig.js';
import { CliError } from './errors.js';

/** The options every command takes (declared on the program). */
export interface GlobalOptions {
  json?: boolean;
  url?: string;
  profileName?: string;
}

export type SettingSource = 'flag' | 'env' | 'config' | 'default';

/** Where the command talks to and as what, after flags, environment, the config file and defaults. */
export interface Settings {
  profileName: string;
  url: string;
  urlSource: SettingSource;
  region: string;
  regionSource: SettingSource;
  /** Account profile id from the config; otherwise the user's first profile is looked up when needed. */
  profile: string | undefined;
  device: string | undefined;
}

type Env = Readonly<Record<string, string | undefined>>;

/** `--profile-name`, else `MEDIA_GATEWAY_PROFILE`, else `default`. A bad flag is a usage error, a bad variable a config error. */
export function resolveProfileName(globals: GlobalOptions, env: Env): string {
  if (globals.profileName !== undefined) {
    const problem = checkProfileName(globals.profileName);
    if (problem) throw new CliError('USAGE', `--profile-name: ${problem}`);
    return globals.profileName;
  }
  const fromEnv = env.MEDIA_GATEWAY_PROFILE;
  if (fromEnv) {
    const problem = checkProfileName(fromEnv);
    if (problem) throw new CliError('CONFIG', `MEDIA_GATEWAY_PROFILE: ${problem}`);
    return fromEnv;
  }
  return DEFAULT_PROFILE_NAME;
}

/**
 * Precedence, highest first: `--url` flag, `MEDIA_GATEWAY_URL`, the profile's `url`, `http://localhost:4000`. The
 * flag and the variable are checked like the config key, so every source yields the same normal form.
 */
export function resolveSettings(globals: GlobalOptions, env: Env, profileName: string, profile: ProfileConfig): Settings {
  let url = profile.url ?? DEFAULT_URL;
  let urlSource: SettingSource = profile.url ? 'config' : 'default';
  if (globals.url !== undefined) {
    url = checked('url', globals.url, 'USAGE', '--url');
    urlSource = 'flag';
  } else if (env.MEDIA_GATEWAY_URL) {
    url = checked('url', env.MEDIA_GATEWAY_URL, 'CONFIG', 'MEDIA_GATEWAY_URL');
    urlSource = 'env';
  }
  return {
    profileName,
    url,
    urlSource,
    region: profile.region ?? DEFAULT_REGION,
    regionSource: profile.region ? 'config' : 'default',
    profile: profile.profile,
    device: profile.device,
  };
}

function checked(key: 'url', value: string, code: 'USAGE' | 'CONFIG', source: string): string {
  const result = CONFIG_KEYS[key].normalise(value);
  if ('problem' in result) throw new CliError(code, `${source}: ${result.problem}`);
  return result.value;
}
