// @media-gateway/cli: the `media-gateway` command (PRODUCT_SPEC §12). The bin runs `src/main.ts`; these exports let
// tests and other tools run the CLI in-process and reuse its config and exit-code rules.
export { runCli } from './runCli.js';
export { createProgram } from './createProgram.js';
export { CommandContext, CLI_CLIENT_ID } from './CommandContext.js';
export { EXIT_CODES, exitCodeFor } from './exitCodes.js';
export { CliError, CLI_ERRORS } from './errors.js';
export { CONFIG_KEYS, DEFAULT_PROFILE_NAME, DEFAULT_REGION, DEFAULT_URL } from './config/CliConfig.js';
export { ConfigStore } from './config/ConfigStore.js';
export { FileTokenStore } from './config/FileTokenStore.js';
export { configPaths } from './config/configPaths.js';
export { parseConfig } from './config/parseConfig.js';

export type { CliEnvironment } from './CommandContext.js';
export type { RunCommand } from './createProgram.js';
export type { ExitCode } from './exitCodes.js';
export type { CliErrorCode } from './errors.js';
export type { ConfigFile, ConfigKey, ProfileConfig } from './config/CliConfig.js';
export type { ConfigPaths } from './config/configPaths.js';
export type { OutputStreams, OutputMode } from './output/Output.js';
