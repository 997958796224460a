import { parse, TomlError } from 'smol-toml';
import { configError } from '../errors.js';
import { CONFIG_KEYS, checkProfileName, isConfigKey, type ConfigFile, type ProfileConfig } from './CliConfig.js';

/**
 * Parses and validates `config.toml`. Every problem is collected and reported together, each with its place
 * (`profiles.work.region: …`), in one config error naming the file (exit 10): a user fixing the file by hand sees
 * everything at once. Unknown keys are problems too, since a misspelt `regoin` would otherwise be silently ignored.
 */
export function parseConfig(text: string, path: string): ConfigFile {
  let raw: Record<string, unknown>;
  try {
    raw = parse(text) as Record<string, unknown>;
  } catch (error) {
    const where = error instanceof TomlError ? ` (line ${error.line}, column ${error.column})` : '';
    throw configError(path, `not valid TOML${where}: ${firstLine(error)}`);
  }
  const problems: string[] = [];
  const profiles: Record<string, ProfileConfig> = {};
  for (const key of Object.keys(raw)) if (key !== 'profiles') problems.push(`unknown top-level key ${JSON.stringify(key)} (only [profiles.<name>] tables)`);
  const tables = raw.profiles ?? {};
  if (!isTable(tables)) problems.push('profiles must be a table of [profiles.<name>] sections');
  else {
    for (const [name, table] of Object.entries(tables)) {
      const nameProblem = checkProfileName(name);
      if (nameProblem) problems.push(nameProblem);
      if (!isTable(table)) {
        problems.push(`profiles.${name} must be a table`);
        continue;
      }
      const profile: ProfileConfig = {};
      for (const [key, value] of Object.entries(table)) {
        const at = `profiles.${name}.${key}`;
        if (!isConfigKey(key)) {
          problems.push(`${at}: unknown key (known: ${Object.keys(CONFIG_KEYS).join(', ')})`);
          continue;
        }
        if (typeof value !== 'string') {
          problems.push(`${at}: must be a string, got ${typeof value}`);
          continue;
        }
        const checked = CONFIG_KEYS[key].normalise(value);
        if ('problem' in checked) problems.push(`${at}: ${checked.problem}`);
        else profile[key] = checked.value;
      }
      profiles[name] = profile;
    }
  }
  if (problems.length > 0) throw configError(path, problems.join('; '));
  return { profiles };
}

function isTable(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}
