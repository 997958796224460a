/** What an OAuthSession keeps between runs. */
export interface StoredTokens {
  accessToken: string;
  refreshToken?: string;
  /** When the access token expires, epoch ms. */
  expiresAt: number;
  /** The scopes granted (space-separated), when the server said. */
  scope?: string;
}

/**
 * Where an OAuthSession keeps its tokens: memory here; the CLI keeps them in the OS keyring or a file, a browser
 * app wherever it trusts. `save` replaces what was stored.
 */
export interface TokenStore {
  load(): Promise<StoredTokens | undefined>;
  save(tokens: StoredTokens): Promise<void>;
  clear(): Promise<void>;
}

/** Keeps the tokens for the life of the process (tests, short-lived scripts). */
export class MemoryTokenStore implements TokenStore {
  private tokens: StoredTokens | undefined;

  constructor(initial?: StoredTokens) {
    this.tokens = initial ? { ...initial } : undefined;
  }

  async load(): Promise<StoredTokens | undefined> {
    return this.tokens ? { ...this.tokens } : undefined;
  }

  async save(tokens: StoredTokens): Promise<void> {
    this.tokens = { ...tokens };
  }

  async clear(): Promise<void> {
    this.tokens = undefined;
  }
}
