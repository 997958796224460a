import type { Logger } from '@media-gateway/runtime';
import type { PersistedOperation } from '@media-gateway/schema';
import type { CallLimiter } from '../limits/createCallLimiter.js';
import type { ToolCatalog } from '../tools/buildToolCatalog.js';
import type { RouterClient } from '../upstream/createRouterClient.js';

/** What the MCP request handlers share: the current tools (swapped on reload), the router, the limiter. */
export interface BridgeContext {
  /** The current catalog; read it per request, a reload replaces it. */
  catalog(): ToolCatalog;
  /** A manifest operation by name (resources are read through these). */
  operation(name: string): PersistedOperation | undefined;
  router: RouterClient;
  limiter: CallLimiter;
  logger: Logger;
  /** Runs one request's work so that closing the bridge waits for it (a piped stdin may end before the answer). */
  track<T>(work: Promise<T>): Promise<T>;
}
