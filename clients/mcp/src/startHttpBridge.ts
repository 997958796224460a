import { randomUUID } from 'node:crypto';
import type { Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { type ErrorRequestHandler, type Request, type Response } from 'express';
import type { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { hostHeaderValidation } from '@modelcontextprotocol/sdk/server/middleware/hostHeaderValidation.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { isInitializeRequest } from '@modelcontextprotocol/sdk/types.js';
import { SUBJECT_EXTRA } from './auth/callerOf.js';
import { createTokenAuthenticator } from './auth/createTokenAuthenticator.js';
import type { McpBridgeOptions } from './config/McpBridgeOptions.js';
import { createMcpBridge } from './createMcpBridge.js';
import { jsonRpcError } from './http/jsonRpcError.js';
import { optionalBearerAuth } from './http/optionalBearerAuth.js';
import { originCheck } from './http/originCheck.js';
import { protectedResourceMetadata, protectedResourceMetadataUrl } from './http/protectedResourceMetadata.js';

export interface HttpBridgeOptions extends McpBridgeOptions {
  /** 0 picks a free port. */
  port: number;
  /** @default '127.0.0.1' */
  host?: string;
  /**
   * The URL clients reach the bridge at, when it differs from `http://<host>:<port>` (behind a proxy). The MCP endpoint
   * is `<publicUrl>/mcp`, which is also the OAuth resource it advertises.
   */
  publicUrl?: string;
  /**
   * Host header names accepted (DNS-rebinding protection), without ports.
   * @default the bind host (unless a wildcard), localhost, 127.0.0.1, [::1] and publicUrl's host
   */
  allowedHosts?: string[];
  /**
   * Browser origins allowed to call the bridge. Requests without an `Origin` header (non-browser agents) always pass.
   * @default publicUrl's origin
   */
  allowedOrigins?: string[];
  /** Sessions held at once; an initialize beyond this is refused with 503. @default 10000 */
  maxSessions?: number;
  /** A session unused this long is closed (its client re-initializes on its next request). @default 1800 */
  sessionIdleSeconds?: number;
}

export interface RunningHttpBridge {
  /** The MCP endpoint, `<publicUrl>/mcp`. */
  url: string;
  close(): Promise<void>;
}

interface Session {
  transport: StreamableHTTPServerTransport;
  server: Server;
  /** The signed-in user who opened it; undefined for an anonymous session. */
  subject: string | undefined;
  lastSeen: number;
}

const BODY_LIMIT = '1mb';

/**
 * Serves the bridge over MCP Streamable HTTP at `/mcp`, stateful: each client's `initialize` opens a session
 * (`Mcp-Session-Id`) with its own transport and server, so the server can push `notifications/tools/list_changed`
 * on the session's GET stream when the manifest changes. Every request carries its own bearer token (per the MCP
 * authorization spec), verified against the issuer's JWKS and forwarded to the router; a session opened by a
 * signed-in user only accepts requests from that user.
 *
 * Also serves RFC 9728 metadata at `/.well-known/oauth-protected-resource[/mcp]` and `GET /health`.
 */
export async function startHttpBridge(options: HttpBridgeOptions): Promise<RunningHttpBridge> {
  const { port, host = '127.0.0.1', publicUrl, allowedHosts, allowedOrigins, maxSessions = 10_000, sessionIdleSeconds = 1800, ...bridgeOptions } = options;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new TypeError(`options.port must be an integer 0–65535, got ${String(port)}`);
  if (!Number.isInteger(maxSessions) || maxSessions < 1) throw new TypeError(`options.maxSessions must be a positive integer, got ${String(maxSessions)}`);
  if (!Number.isInteger(sessionIdleSeconds) || sessionIdleSeconds < 1) throw new TypeError(`options.sessionIdleSeconds must be a positive integer, got ${String(sessionIdleSeconds)}`);
  if (publicUrl !== undefined && !/^https?:\/\//.test(publicUrl)) throw new TypeError(`options.publicUrl must be an http(s) URL, got ${JSON.stringify(publicUrl)}`);

  const bridge = await createMcpBridge(bridgeOptions);
  const { logger } = bridge;
  const app = express();
  app.disable('x-powered-by');
  const sessions = new Map<string, Session>();

  // Everything after the listen is synchronous up to the return, so no request is served before the routes exist.
  const httpServer = await new Promise<HttpServer>((resolve, reject) => {
    const server = app.listen(port, host, () => resolve(server));
    server.once('error', reject);
  });
  const address = httpServer.address() as AddressInfo;
  const base = (publicUrl ?? `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`).replace(/\/+$/, '');
  const resource = `${base}/mcp`;
  const metadataUrl = protectedResourceMetadataUrl(resource);
  const metadata = protectedResourceMetadata(resource, bridge.options.issuer);

  const hosts = allowedHosts ?? [...new Set(['localhost', '127.0.0.1', '[::1]', new URL(base).hostname, ...(host === '0.0.0.0' || host === '::' ? [] : [host.includes(':') ? `[${host}]` : host])])];
  app.use(hostHeaderValidation(hosts));
  app.use(originCheck(allowedOrigins ?? [new URL(base).origin]));

  app.get(['/.well-known/oauth-protected-resource', new URL(metadataUrl).pathname], (_req, res) => {
    res.json(metadata);
  });
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', tools: bridge.tools().length, sessions: sessions.size });
  });

  const auth = optionalBearerAuth({
    authenticator: createTokenAuthenticator({ issuer: bridge.options.issuer, audience: bridge.options.audience }),
    resourceMetadataUrl: metadataUrl,
    logger,
  });
  const subjectOf = (req: Request): string | undefined => (req.auth?.token ? String(req.auth.extra?.[SUBJECT_EXTRA]) : undefined);

  /** The request's session, or an answer saying why there is none (then undefined). */
  const sessionFor = (req: Request, res: Response): Session | undefined => {
    const id = req.headers['mcp-session-id'];
    const session = typeof id === 'string' ? sessions.get(id) : undefined;
    if (!session) {
      // 404 tells a client its session is gone and it must initialize again (Streamable HTTP, session management).
      if (typeof id === 'string') jsonRpcError(res, 404, -32001, 'Session not found');
      else jsonRpcError(res, 400, -32000, 'Bad Request: no Mcp-Session-Id header (send initialize first)');
      return undefined;
    }
    if (session.subject !== undefined && session.subject !== subjectOf(req)) {
      jsonRpcError(res, 403, -32003, 'This session belongs to another user');
      return undefined;
    }
    session.lastSeen = Date.now();
    return session;
  };

  app.post('/mcp', express.json({ limit: BODY_LIMIT }), auth, async (req, res, next) => {
    try {
      if (req.headers['mcp-session-id'] !== undefined) {
        const session = sessionFor(req, res);
        if (session) await session.transport.handleRequest(req, res, req.body);
        return;
      }
      if (!isInitializeRequest(req.body)) return jsonRpcError(res, 400, -32000, 'Bad Request: no Mcp-Session-Id header (send initialize first)');
      if (sessions.size >= maxSessions) return jsonRpcError(res, 503, -32603, 'Too many sessions; retry later');
      const server = bridge.createServer();
      const subject = subjectOf(req);
      const transport: StreamableHTTPServerTransport = new StreamableHTTPServerTransport({
        sessionIdGenerator: () => randomUUID(),
        // Tool calls answer in one piece; notifications go on the session's GET stream.
        enableJsonResponse: true,
        onsessioninitialized: (id) => {
          sessions.set(id, { transport, server, subject, lastSeen: Date.now() });
        },
      });
      transport.onclose = () => {
        if (transport.sessionId) sessions.delete(transport.sessionId);
      };
      await server.connect(transport);
      await transport.handleRequest(req, res, req.body);
    } catch (error) {
      next(error);
    }
  });
  // GET opens the session's stream for server-to-client messages; DELETE ends the session.
  app.get('/mcp', auth, async (req, res, next) => {
    try {
      const session = sessionFor(req, res);
      if (session) await session.transport.handleRequest(req, res);
    } catch (error) {
      next(error);
    }
  });
  app.delete('/mcp', auth, async (req, res, next) => {
    try {
      const session = sessionFor(req, res);
      if (session) await session.transport.handleRequest(req, res);
    } catch (error) {
      next(error);
    }
  });

  const onError: ErrorRequestHandler = (error: { type?: string; status?: number; message?: string }, _req, res, _next) => {
    if (res.headersSent) return;
    if (error.type === 'entity.too.large') return jsonRpcError(res, 413, -32600, `Request body over ${BODY_LIMIT}`);
    if (error.type === 'entity.parse.failed') return jsonRpcError(res, 400, -32700, 'Parse error: the body is not JSON');
    logger.error({ err: error.message }, 'mcp: HTTP request failed');
    jsonRpcError(res, 500, -32603, 'Internal error');
  };
  app.use(onError);

  const idleMs = sessionIdleSeconds * 1000;
  const sweeper = setInterval(() => {
    const cutoff = Date.now() - idleMs;
    for (const session of sessions.values()) if (session.lastSeen < cutoff) void session.transport.close();
  }, Math.min(idleMs, 60_000));
  sweeper.unref();

  logger.info({ url: resource, tools: bridge.tools().length }, 'mcp: listening');
  return {
    url: resource,
    async close() {
      clearInterval(sweeper);
      await Promise.all([...sessions.values()].map((session) => session.transport.close().catch(() => undefined)));
      sessions.clear();
      await bridge.close();
      httpServer.closeAllConnections();
      await new Promise<void>((resolve) => httpServer.close(() => resolve()));
    },
  };
}
