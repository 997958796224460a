import type { HealthCheck } from '@media-gateway/runtime';

/** In distributed mode the router is ready when every subgraph's own `/ready` answers. */
export function remoteReadiness(urls: Record<string, string>): Record<string, HealthCheck> {
  return Object.fromEntries(
    Object.entries(urls).map(([name, url]) => [
      name,
      async () => {
        const started = performance.now();
        const response = await fetch(new URL('/ready', url), { signal: AbortSignal.timeout(1500) });
        return { ok: response.ok, latencyMs: Math.round(performance.now() - started), detail: response.ok ? undefined : `HTTP ${response.status}` };
      },
    ]),
  );
}
