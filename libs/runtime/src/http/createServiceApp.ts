import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyBaseLogger, type FastifyError, type FastifyInstance } from 'fastify';
import type { Logger } from '../logging/createLogger.js';
import type { Metrics } from '../metrics/createMetrics.js';
import { runChecks, type HealthCheck } from '../lifecycle/runChecks.js';

export interface ServiceAppOptions {
  name: string;
  logger: Logger;
  metrics: Metrics;
  /** Dependencies that must answer for the service to take traffic (`/ready`). */
  readiness: Record<string, HealthCheck>;
  /** Extra facts for `/health`, such as which backends are active. */
  describe?: () => Record<string, unknown> | Promise<Record<string, unknown>>;
  /** @default 1 MiB */
  bodyLimit?: number;
}

const REQUEST_ID = /^[\w.:-]{1,128}$/;

/**
 * The HTTP shell every process shares: request ids (taken from `x-request-id` when well-formed), JSON logs,
 * `/health` (liveness: the process answers), `/ready` (its dependencies answer), `/metrics` (Prometheus), and
 * errors from the HTTP layer itself answered in the GraphQL error shape with a stable `extensions.code`.
 */
export function createServiceApp(options: ServiceAppOptions): FastifyInstance {
  const app: FastifyInstance = Fastify({
    loggerInstance: options.logger as FastifyBaseLogger,
    bodyLimit: options.bodyLimit ?? 1024 * 1024,
    requestIdHeader: false,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
  });

  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
    reply.header('x-content-type-options', 'nosniff');
  });

  app.setErrorHandler((error: FastifyError, request, reply) => {
    const { status, code } = classifyHttpError(error);
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    // The client may still be sending a body we refused to read; closing the connection stops the upload and
    // keeps a half-read request from holding the socket open (and shutdown waiting on it).
    if (status === 413) void reply.header('connection', 'close');
    void reply
      .status(status)
      .type('application/json')
      .send({ errors: [{ message: status >= 500 ? 'Internal server error' : error.message, extensions: { code } }] });
  });

  app.setNotFoundHandler((request, reply) => {
    void reply.status(404).send({ errors: [{ message: `No route for ${request.method} ${request.url}`, extensions: { code: 'NOT_FOUND' } }] });
  });

  app.get('/health', async () => ({ status: 'ok', service: options.name, ...(await options.describe?.()) }));

  app.get('/ready', async (_request, reply) => {
    const report = await runChecks(options.readiness);
    return reply.status(report.status === 'ok' ? 200 : 503).send(report);
  });

  app.get('/metrics', async (_request, reply) => {
    const body = await options.metrics.registry.metrics();
    return reply.type(options.metrics.registry.contentType).send(body);
  });

  return app;
}

function classifyHttpError(error: FastifyError): { status: number; code: string } {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return { status: 413, code: 'PAYLOAD_TOO_LARGE' };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' };
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return { status: 400, code: 'BAD_REQUEST' };
  }
  if (error instanceof SyntaxError || error.statusCode === 400) return { status: 400, code: 'BAD_REQUEST' };
  const status = error.statusCode ?? 500;
  return { status, code: status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST' };
}
