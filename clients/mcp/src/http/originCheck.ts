import type { RequestHandler } from 'express';
import { jsonRpcError } from './jsonRpcError.js';

/**
 * Refuses a request whose `Origin` is not allowed (MCP Streamable HTTP, "Security Warning": servers MUST validate
 * Origin, against DNS rebinding from a web page). A request without `Origin` comes from a non-browser client (an
 * agent, the Inspector CLI) and passes: `Origin` is what a browser adds and a page cannot remove.
 */
export function originCheck(allowedOrigins: readonly string[]): RequestHandler {
  const allowed = new Set(allowedOrigins.map((origin) => origin.replace(/\/+$/, '')));
  return (req, res, next) => {
    const origin = req.headers.origin;
    if (origin === undefined || allowed.has(origin)) return next();
    jsonRpcError(res, 403, -32000, `Origin not allowed: ${origin}`);
  };
}
