import { describe, expect, it } from 'vitest';
import { runChecks } from '@media-gateway/runtime';

describe('runChecks', () => {
  it('is ok only when every check passes', async () => {
    const report = await runChecks({ a: async () => ({ ok: true }), b: async () => ({ ok: true, latencyMs: 1 }) });
    expect(report.status).toBe('ok');
  });

  it('turns a throwing or hanging check into a failure instead of hanging', async () => {
    const report = await runChecks(
      { boom: async () => Promise.reject(new Error('connection refused')), slow: () => new Promise(() => {}) },
      50,
    );
    expect(report.status).toBe('unavailable');
    expect(report.checks.boom).toEqual({ ok: false, detail: 'connection refused' });
    expect(report.checks.slow).toEqual({ ok: false, detail: 'timed out after 50 ms' });
  });
});
