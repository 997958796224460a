import { formatTable } from './formatTable.js';

/** `status`: the router's `/health` facts and `/ready` checks. */
export interface ServerStatus {
  url: string;
  /** `ok` when `/health` answers and every `/ready` check passes. */
  status: 'ok' | 'degraded';
  health: Record<string, unknown>;
  ready: { status: string; checks: Record<string, { ok: boolean; latencyMs?: number; detail?: string }> } | null;
}

/**
 * The summary line, the readiness checks, then `/health`'s facts one per line, nested ones flattened to
 * `discovery.model: …` (the full object is what `--json` prints).
 */
export function formatStatus(status: ServerStatus): string {
  const service = typeof status.health.service === 'string' ? status.health.service : 'server';
  const lines = [`${service} at ${status.url}: ${status.status}`];
  if (status.ready) {
    const checks = Object.entries(status.ready.checks);
    if (checks.length > 0) {
      lines.push(
        '',
        formatTable(
          ['CHECK', 'OK', 'LATENCY', 'DETAIL'],
          checks.map(([name, check]) => [name, check.ok ? 'yes' : 'NO', check.latencyMs === undefined ? '' : `${Math.round(check.latencyMs)} ms`, check.detail ?? '']),
        ),
      );
    }
  } else lines.push('', 'readiness: /ready did not answer');
  const facts = flatten(status.health).filter(([key]) => key !== 'status' && key !== 'service');
  if (facts.length > 0) lines.push('', ...facts.map(([key, value]) => `${key}: ${value}`));
  return lines.join('\n');
}

function flatten(value: Record<string, unknown>, prefix = ''): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const [key, inner] of Object.entries(value)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (inner !== null && typeof inner === 'object' && !Array.isArray(inner)) out.push(...flatten(inner as Record<string, unknown>, path));
    else out.push([path, Array.isArray(inner) ? inner.map((item) => (item !== null && typeof item === 'object' ? JSON.stringify(item) : String(item))).join(', ') : String(inner)]);
  }
  return out;
}
