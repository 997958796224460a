import { afterEach, describe, expect, it } from 'vitest';
import { createLogger, createMetrics, createServiceApp } from '@media-gateway/runtime';
import type { FastifyInstance } from 'fastify';

let app: FastifyInstance;
afterEach(async () => app?.close());

function build(ready: boolean) {
  app = createServiceApp({
    name: 'test',
    logger: createLogger({ name: 'test', level: 'silent' }),
    metrics: createMetrics({ collectDefaults: false }),
    readiness: { db: async () => ({ ok: ready, detail: ready ? undefined : 'down' }) },
    describe: () => ({ mode: 'embedded' }),
    bodyLimit: 1024,
  });
  app.post('/echo', async (request) => request.body);
  return app;
}

describe('createServiceApp', () => {
  it('echoes a well-formed request id and generates one otherwise', async () => {
    build(true);
    const given = await app.inject({ method: 'GET', url: '/health', headers: { 'x-request-id': 'abc-123' } });
    expect(given.headers['x-request-id']).toBe('abc-123');
    const bad = await app.inject({ method: 'GET', url: '/health', headers: { 'x-request-id': 'bad id <script>' } });
    expect(bad.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(bad.json()).toEqual({ status: 'ok', service: 'test', mode: 'embedded' });
  });

  it('reports readiness from its checks', async () => {
    build(false);
    const response = await app.inject({ method: 'GET', url: '/ready' });
    expect(response.statusCode).toBe(503);
    expect(response.json().checks.db).toEqual({ ok: false, detail: 'down' });
  });

  it('answers an oversized body with a typed GraphQL-shaped error', async () => {
    build(true);
    const response = await app.inject({ method: 'POST', url: '/echo', payload: { query: 'x'.repeat(2000) } });
    expect(response.statusCode).toBe(413);
    expect(response.json().errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('answers malformed JSON and unknown routes with typed errors', async () => {
    build(true);
    const malformed = await app.inject({ method: 'POST', url: '/echo', payload: '{nope', headers: { 'content-type': 'application/json' } });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().errors[0].extensions.code).toBe('BAD_REQUEST');
    const missing = await app.inject({ method: 'GET', url: '/nowhere' });
    expect(missing.json().errors[0].extensions.code).toBe('NOT_FOUND');
  });

  it('serves Prometheus metrics', async () => {
    build(true);
    const response = await app.inject({ method: 'GET', url: '/metrics' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('http_requests_total');
  });
});
