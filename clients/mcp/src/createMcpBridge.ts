import { watch, readFileSync, type FSWatcher } from 'node:fs';
import { basename, dirname } from 'node:path';
import { buildSchema } from 'graphql';
import { Redis } from 'ioredis';
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { AjvJsonSchemaValidator } from '@modelcontextprotocol/sdk/validation/ajv';
import { createLogger, type Logger } from '@media-gateway/runtime';
import { readManifest, type PersistedQueryManifest } from '@media-gateway/schema';
import { resolveBridgeOptions, type McpBridgeOptions, type ResolvedBridgeOptions } from './config/McpBridgeOptions.js';
import { createCallLimiter } from './limits/createCallLimiter.js';
import { registerPromptHandlers } from './prompts/registerPromptHandlers.js';
import { registerResourceHandlers } from './resources/registerResourceHandlers.js';
import type { BridgeContext } from './server/BridgeContext.js';
import { buildToolCatalog, type BridgeTool, type ToolCatalog } from './tools/buildToolCatalog.js';
import { registerToolHandlers } from './tools/registerToolHandlers.js';
import { createRouterClient } from './upstream/createRouterClient.js';
import type { SessionToken } from './auth/callerOf.js';

export const SERVER_INFO = { name: 'media-gateway', title: 'Media Gateway', version: '0.1.0' } as const;

const INSTRUCTIONS =
  'Media Gateway finds films and series across streaming platforms: search in plain words (semantic_search), browse ' +
  '(discover_content), look titles up (get_content_details, check_availability, find_similar). Signed-in users can also ' +
  'read their watchlist, progress and devices, and control playback; tools that need sign-in say so in their description. ' +
  "Never start playback (initiate_playback) without the user's explicit consent.";

export interface McpBridgeSession {
  /**
   * The bearer token every call of this session is made with (stdio), or a function asked for it on each call (a
   * session that refreshes). HTTP requests carry their own instead.
   */
  token?: SessionToken;
}

export interface McpBridge {
  readonly options: ResolvedBridgeOptions;
  /** Where the bridge logs (stderr unless `options.logger` says otherwise). */
  readonly logger: Logger;
  /** The tools as of now (a manifest change replaces them). */
  tools(): readonly BridgeTool[];
  /** A new MCP server over the bridge's tools, resources and prompts, to connect to one transport. */
  createServer(session?: McpBridgeSession): Server;
  /**
   * Re-reads the manifest (and the supergraph) now. A manifest that fails to load keeps the old tools. When the
   * tool list changed, every connected client gets `notifications/tools/list_changed`.
   * @returns whether the tool list changed
   */
  reload(): Promise<boolean>;
  /**
   * Stops watching, lets the calls in flight finish (each is bounded by `timeoutMs`), then closes every server and,
   * if the bridge opened it, the Redis connection.
   */
  close(): Promise<void>;
}

/**
 * The MCP bridge (issue 6): every trusted query, and every mutation tagged `@tool`, of the persisted-query manifest
 * as an MCP tool that sends the operation to the router by id; plus §11's resources and prompts. Transports are
 * separate (`runStdioBridge`, `startHttpBridge`): each connection gets a server from `createServer`.
 *
 * @throws TypeError for a bad option; ManifestError when the manifest cannot be loaded at start-up.
 */
export async function createMcpBridge(options: McpBridgeOptions): Promise<McpBridge> {
  const resolved = resolveBridgeOptions(options);
  const logger: Logger = resolved.logger ?? createLogger({ name: 'mcp', level: 'warn', destination: process.stderr });
  const validator = new AjvJsonSchemaValidator();

  const load = (): { manifest: PersistedQueryManifest; catalog: ToolCatalog } => {
    const manifest = readManifest(resolved.manifestPath);
    const schema = buildSchema(readFileSync(resolved.supergraphSdlPath, 'utf8'), { assumeValidSDL: true });
    const catalog = buildToolCatalog(manifest, schema, validator);
    for (const problem of catalog.problems) logger.warn({ problem }, 'mcp: an operation was left out of the tools');
    return { manifest, catalog };
  };
  let state = load();

  const ownedRedis = !resolved.redis && resolved.redisUrl ? new Redis(resolved.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1 }) : undefined;
  ownedRedis?.on('error', (error: Error) => logger.warn({ err: error.message }, 'mcp: rate-limit store error'));
  const limiter = createCallLimiter({
    limits: resolved.limits,
    redis: resolved.redis ?? ownedRedis,
    onStoreError: (error) => logger.warn({ err: (error as Error).message }, 'mcp: rate-limit store failed; call let through'),
  });
  const inFlight = new Set<Promise<unknown>>();
  const context: BridgeContext = {
    catalog: () => state.catalog,
    operation: (name) => state.manifest.operations.find((operation) => operation.name === name),
    router: createRouterClient({ routerUrl: resolved.routerUrl, timeoutMs: resolved.timeoutMs, retries: resolved.retries, ...(resolved.fetch ? { fetch: resolved.fetch } : {}) }),
    limiter,
    logger,
    track(work) {
      inFlight.add(work);
      const done = () => inFlight.delete(work);
      work.then(done, done);
      return work;
    },
  };

  /** Servers whose client has finished initializing: the ones to tell about a new tool list. */
  const live = new Set<Server>();
  const servers = new Set<Server>();

  const reload = async (): Promise<boolean> => {
    let next: typeof state;
    try {
      next = load();
    } catch (error) {
      logger.error({ err: (error as Error).message }, 'mcp: manifest reload failed; keeping the current tools');
      return false;
    }
    const before = JSON.stringify(state.catalog.tools.map((tool) => tool.definition));
    state = next;
    if (JSON.stringify(next.catalog.tools.map((tool) => tool.definition)) === before) return false;
    logger.info({ tools: next.catalog.tools.length }, 'mcp: tools changed');
    await Promise.all(
      [...live].map((server) =>
        server.sendToolListChanged().catch((error: unknown) => logger.debug({ err: (error as Error).message }, 'mcp: could not notify a client')),
      ),
    );
    return true;
  };

  let watcher: FSWatcher | undefined;
  let debounce: ReturnType<typeof setTimeout> | undefined;
  if (resolved.watch) {
    // The folder, not the file: codegen and editors replace the file, and a watch on the old one would go quiet.
    const file = basename(resolved.manifestPath);
    watcher = watch(dirname(resolved.manifestPath), { persistent: false }, (_event, filename) => {
      if (filename !== null && filename !== file) return;
      clearTimeout(debounce);
      debounce = setTimeout(() => void reload(), resolved.reloadDebounceMs);
    });
    watcher.on('error', (error) => logger.warn({ err: error.message }, 'mcp: manifest watch failed; tools will not reload'));
  }

  return {
    options: resolved,
    logger,
    tools: () => state.catalog.tools,
    createServer(session = {}) {
      const server = new Server(SERVER_INFO, {
        capabilities: { tools: { listChanged: true }, resources: {}, prompts: {} },
        instructions: INSTRUCTIONS,
      });
      registerToolHandlers(server, context, session.token);
      registerResourceHandlers(server, context, session.token);
      registerPromptHandlers(server);
      servers.add(server);
      server.oninitialized = () => live.add(server);
      server.onclose = () => {
        live.delete(server);
        servers.delete(server);
      };
      return server;
    },
    reload,
    async close() {
      clearTimeout(debounce);
      watcher?.close();
      await Promise.allSettled([...inFlight]);
      // The SDK sends each answer a few promise steps after the handler settles, and closing a server aborts (drops)
      // answers not yet sent; every such step runs before the next macrotask.
      await new Promise((resolve) => setImmediate(resolve));
      await Promise.all([...servers].map((server) => server.close().catch(() => undefined)));
      await ownedRedis?.quit().catch(() => ownedRedis.disconnect());
    },
  };
}
