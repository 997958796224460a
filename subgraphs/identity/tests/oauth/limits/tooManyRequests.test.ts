import { describe, expect, it } from 'vitest';
import { tooManyRequests } from '../../../src/oauth/limits/tooManyRequests.js';

const CSS = '/oidc/assets/pages.css';

describe('tooManyRequests', () => {
  it('answers a token request 429 with Retry-After and an RFC 6749 §5.2 error a client will not mistake for a bad grant', () => {
    const refused = tooManyRequests('token', 42, CSS);
    expect(refused).toEqual({
      status: 429,
      headers: { 'retry-after': '42', 'cache-control': 'no-store', pragma: 'no-cache' },
      contentType: 'application/json; charset=utf-8',
      body: JSON.stringify({ error: 'invalid_request', error_description: 'too many token requests from this client; retry after 42 seconds' }),
    });
  });

  it('answers an over-eager device poll with slow_down (RFC 8628 §3.5)', () => {
    const refused = tooManyRequests('devicePoll', 1, CSS);
    expect(refused.status).toBe(429);
    expect(refused.headers['retry-after']).toBe('1');
    expect(JSON.parse(refused.body)).toEqual({ error: 'slow_down', error_description: 'polling too often; wait 1 second and poll no faster than the interval' });
  });

  it('answers a device authorization request with invalid_request', () => {
    expect(JSON.parse(tooManyRequests('deviceAuthorization', 60, CSS).body)).toEqual({
      error: 'invalid_request',
      error_description: 'too many device authorization requests from this network; retry after 60 seconds',
    });
  });

  it('shows people on /activate a page that says how long to wait, under the sign-in pages’ CSP', () => {
    const refused = tooManyRequests('userCode', 37, CSS);
    expect(refused.status).toBe(429);
    expect(refused.contentType).toBe('text/html; charset=utf-8');
    expect(refused.headers).toMatchObject({ 'retry-after': '37', 'cache-control': 'no-store', 'x-frame-options': 'DENY' });
    expect(refused.headers['content-security-policy']).toMatch(/^default-src 'self';/);
    expect(refused.body).toContain('<title>Too many attempts · Media Gateway</title>');
    expect(refused.body).toContain('<p role="alert">Too many codes were entered from your network. Wait 37 seconds, then enter the code shown on your device again.</p>');
    expect(refused.body).not.toMatch(/<script|\son\w+=|style=/i);
  });

  it('never asks to wait less than a second', () => {
    expect(tooManyRequests('token', 0, CSS).headers['retry-after']).toBe('1');
    expect(tooManyRequests('token', 0.2, CSS).headers['retry-after']).toBe('1');
  });
});
