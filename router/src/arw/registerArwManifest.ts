import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { LOGO_PATH, type ArwManifest } from './buildArwManifest.js';

export const ARW_MANIFEST_PATH = '/.well-known/arw-manifest.json';

const LOGO_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" role="img" aria-label="Media Gateway">' +
  '<rect width="64" height="64" rx="14" fill="#1f2937"/><path d="M24 18v28l22-14z" fill="#f59e0b"/></svg>';

/**
 * Serves the ARW manifest (computed once at start) and the logo it names. Both are public documents for agents on any
 * origin: CORS `*`, cached for 5 minutes, with an ETag so a poller gets 304 until the router restarts with another
 * manifest.
 */
export function registerArwManifest(app: FastifyInstance, manifest: ArwManifest): void {
  const manifestBody = JSON.stringify(manifest, null, 2);
  app.get(ARW_MANIFEST_PATH, (request, reply) => sendPublic(request, reply, 'application/json; charset=utf-8', manifestBody));
  app.get(LOGO_PATH, (request, reply) => sendPublic(request, reply, 'image/svg+xml', LOGO_SVG));
}

function sendPublic(request: FastifyRequest, reply: FastifyReply, contentType: string, body: string): FastifyReply {
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  void reply.header('access-control-allow-origin', '*').header('cache-control', 'public, max-age=300').header('etag', etag);
  if (request.headers['if-none-match'] === etag) return reply.status(304).send();
  return reply.type(contentType).send(body);
}
