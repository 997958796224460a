import type { Command } from 'commander';
import { CONFIG_KEYS, isConfigKey, type ConfigKey } from '../config/CliConfig.js';
import type { RunCommand } from '../createProgram.js';
import { CliError } from '../errors.js';
import { configView, formatConfig } from '../output/formatConfig.js';

const KEY_HELP = Object.entries(CONFIG_KEYS)
  .map(([key, { description }]) => `  ${key.padEnd(8)} ${description}`)
  .join('\n');

export function registerConfigCommand(program: Command, run: RunCommand): void {
  const config = program
    .command('config')
    .description('show and change settings of the selected profile (config.toml)')
    .addHelpText('after', `\nKeys:\n${KEY_HELP}`);

  config
    .command('show')
    .description('effective settings and where each comes from')
    .action((_options: unknown, command: Command) =>
      run(command, async (ctx) => {
        const view = configView(ctx.settings, { config: ctx.paths.config, credentials: ctx.paths.credentials });
        ctx.output.result(view, () => formatConfig(view));
      }),
    );

  config
    .command('get')
    .description('one effective setting')
    .argument('<key>', Object.keys(CONFIG_KEYS).join(', '))
    .action((key: string, _options: unknown, command: Command) =>
      run(command, async (ctx) => {
        const known = checkKey(key);
        const value = ctx.settings[known] ?? null;
        ctx.output.result({ key: known, value }, () => value ?? '');
      }),
    );

  config
    .command('set')
    .description('change one setting in the config file')
    .argument('<key>', Object.keys(CONFIG_KEYS).join(', '))
    .argument('<value>', 'new value')
    .action((key: string, value: string, _options: unknown, command: Command) =>
      run(command, async (ctx) => {
        const known = checkKey(key);
        const checked = CONFIG_KEYS[known].normalise(value);
        if ('problem' in checked) throw new CliError('USAGE', checked.problem);
        await ctx.config.set(ctx.settings.profileName, known, checked.value);
        ctx.output.result({ key: known, value: checked.value }, () => `${known} = ${checked.value} (profile "${ctx.settings.profileName}")`);
      }),
    );

  config
    .command('reset')
    .description('remove every setting of the profile (tokens stay; use auth logout)')
    .action((_options: unknown, command: Command) =>
      run(command, async (ctx) => {
        await ctx.config.reset(ctx.settings.profileName);
        ctx.output.result({ reset: ctx.settings.profileName }, () => `Profile "${ctx.settings.profileName}" reset to defaults.`);
      }),
    );
}

function checkKey(key: string): ConfigKey {
  if (!isConfigKey(key)) throw new CliError('USAGE', `unknown config key ${JSON.stringify(key)}; one of: ${Object.keys(CONFIG_KEYS).join(', ')}`);
  return key;
}
