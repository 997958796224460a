import { stringify } from 'smol-toml';
import { readIfExists, writePrivateFile } from '../lib/privateFiles.js';
import { configError } from '../errors.js';
import type { ConfigFile, ConfigKey, ProfileConfig } from './CliConfig.js';
import { parseConfig } from './parseConfig.js';

const HEADER = '# media-gateway CLI configuration (`media-gateway config --help`). One [profiles.<name>] table per profile.\n\n';

/** Reads and writes `config.toml`. A missing file is an empty config; a broken one is a config error (exit 10). */
export class ConfigStore {
  constructor(readonly path: string) {}

  async read(): Promise<ConfigFile> {
    let text: string | undefined;
    try {
      text = await readIfExists(this.path);
    } catch (error) {
      throw configError(this.path, `cannot read the file (${(error as Error).message})`);
    }
    return text === undefined ? { profiles: {} } : parseConfig(text, this.path);
  }

  async profile(name: string): Promise<ProfileConfig> {
    return (await this.read()).profiles[name] ?? {};
  }

  /** Sets (or with `undefined`, removes) one key of one profile, keeping everything else in the file. */
  async set(name: string, key: ConfigKey, value: string | undefined): Promise<ProfileConfig> {
    const file = await this.read();
    const profile = { ...file.profiles[name] };
    if (value === undefined) delete profile[key];
    else profile[key] = value;
    file.profiles[name] = profile;
    await this.write(file);
    return profile;
  }

  /** Drops one profile's table. */
  async reset(name: string): Promise<void> {
    const file = await this.read();
    delete file.profiles[name];
    await this.write(file);
  }

  private async write(file: ConfigFile): Promise<void> {
    try {
      await writePrivateFile(this.path, HEADER + stringify(file) + '\n');
    } catch (error) {
      throw configError(this.path, `cannot write the file (${(error as Error).message})`);
    }
  }
}
