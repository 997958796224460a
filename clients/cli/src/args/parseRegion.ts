import { InvalidArgumentError } from 'commander';
import { CONFIG_KEYS } from '../config/CliConfig.js';

/** `--region`: the same rule as the config key (two letters, upper-cased). */
export function parseRegion(value: string): string {
  const checked = CONFIG_KEYS.region.normalise(value);
  if ('problem' in checked) throw new InvalidArgumentError(`${checked.problem}.`);
  return checked.value;
}
