import { createClient, OAuthSession, type MediaGatewayClient } from '@media-gateway/sdk';
import type { ProfileConfig } from './config/CliConfig.js';
import { ConfigStore } from './config/ConfigStore.js';
import { configPaths, type ConfigPaths } from './config/configPaths.js';
import { FileTokenStore } from './config/FileTokenStore.js';
import { notSignedIn } from './errors.js';
import { Output, outputMode, type OutputStreams } from './output/Output.js';
import { resolveProfileName, resolveSettings, type GlobalOptions, type Settings } from './resolveSettings.js';

/** Everything the CLI takes from its process; the bin passes the real ones, tests their own. */
export interface CliEnvironment {
  env: Readonly<Record<string, string | undefined>>;
  streams: OutputStreams;
  /** The user's home directory (for `~/.config`). */
  home: string;
  /** Fires on SIGINT: commands pass it to every request so Ctrl-C stops them (exit 130). */
  signal: AbortSignal;
  /** @default globalThis.fetch */
  fetch?: typeof fetch;
}

/** The first-party OAuth client this CLI signs in as (a public device-grant client, PRODUCT_SPEC §6). */
export const CLI_CLIENT_ID = 'cli';

/**
 * What one command run works with: its output, settings, config file and, created on first use, the OAuth session
 * and API client. Built per command from its (global) options.
 */
export class CommandContext {
  readonly output: Output;
  readonly paths: ConfigPaths;
  readonly config: ConfigStore;
  private sessionInstance: OAuthSession | undefined;
  private clientInstance: MediaGatewayClient | undefined;

  private constructor(
    readonly environment: CliEnvironment,
    readonly settings: Settings,
    output: Output,
    paths: ConfigPaths,
    config: ConfigStore,
  ) {
    this.output = output;
    this.paths = paths;
    this.config = config;
  }

  static async create(environment: CliEnvironment, globals: GlobalOptions): Promise<CommandContext> {
    const output = new Output(environment.streams, outputMode({ json: globals.json, isTTY: environment.streams.stdout.isTTY, env: environment.env }));
    const paths = configPaths(environment.env, environment.home);
    const config = new ConfigStore(paths.config);
    const profileName = resolveProfileName(globals, environment.env);
    const profile: ProfileConfig = await config.profile(profileName);
    return new CommandContext(environment, resolveSettings(globals, environment.env, profileName, profile), output, paths, config);
  }

  get signal(): AbortSignal {
    return this.environment.signal;
  }

  /** The OAuth issuer inside the product (identity serves it under the router's origin). */
  get issuer(): string {
    return `${this.settings.url}/oidc`;
  }

  get fetch(): typeof fetch {
    return this.environment.fetch ?? globalThis.fetch;
  }

  tokenStore(): FileTokenStore {
    return new FileTokenStore(this.paths.credentials, this.settings.profileName, this.issuer);
  }

  session(): OAuthSession {
    this.sessionInstance ??= new OAuthSession({ issuer: this.issuer, clientId: CLI_CLIENT_ID, store: this.tokenStore(), fetch: this.fetch });
    return this.sessionInstance;
  }

  client(): MediaGatewayClient {
    this.clientInstance ??= createClient({ url: this.settings.url, auth: this.session(), fetch: this.fetch });
    return this.clientInstance;
  }

  /** Fails with exit 3 before any request when there are no tokens (or they can no longer be refreshed). */
  async requireSignIn(): Promise<void> {
    if ((await this.session().accessToken()) === undefined) throw notSignedIn();
  }

  async close(): Promise<void> {
    await this.clientInstance?.close();
  }
}
