/** The `discovery` part of the product's `/health`. */
export interface DiscoveryHealth {
  embedder: { provider: string; modelId: string; dimensions: number };
  vectors: { kind: string; size: number };
  index: {
    documents: number;
    vectors: number;
    caughtUp: boolean;
    initialBuild: { titles: number; seconds: number; titlesPerSecond: number } | null;
  };
}

/**
 * Waits until discovery's read model has caught up with the catalog's events, which it builds in the background after
 * start-up: search measured before then would be measured over part of the catalogue.
 */
export async function waitForDiscoveryIndex(baseUrl: string, timeoutMs: number): Promise<DiscoveryHealth> {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer';
  for (;;) {
    try {
      // /health may answer 503 while a dependency is degraded; its body still says how far the index is.
      const health = (await (await fetch(`${baseUrl}/health`)).json()) as { discovery?: DiscoveryHealth };
      if (health.discovery?.index.caughtUp) return health.discovery;
      last = JSON.stringify(health.discovery?.index ?? health).slice(0, 300);
    } catch (error) {
      last = (error as Error).message;
    }
    if (Date.now() > deadline) throw new Error(`discovery's index had not caught up within ${timeoutMs} ms (last: ${last})`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}
