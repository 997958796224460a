/** What a benchmark makes of one answer: whether it counts as a success, and anything it wants kept beside it. */
export interface Verdict {
  ok: boolean;
  /** The answer came from a cache (e.g. search's `timing.cached`). */
  cached?: boolean;
  /** The time the server says it spent, to set against what the client saw. */
  serverMs?: number;
}

export interface Sample {
  /** Which body of the mix was sent. */
  body: number;
  /** From sending the request to the last byte of the answer. */
  ms: number;
  ok: boolean;
  cached: boolean;
  serverMs?: number;
}

export interface ClosedLoopRun {
  samples: Sample[];
  seconds: number;
}

/**
 * `clients` closed-loop clients POST the bodies of a mix in turn for `seconds`: each sends its next request as soon as
 * the last one is answered, so the load follows the server's pace instead of piling up. autocannon sends one body per
 * run, which would make a query mix a single query. Each client starts at its own place in the mix so they don't
 * ask the same thing in lockstep. Requests still in flight at the deadline are awaited and counted.
 */
export async function closedLoop(
  url: string,
  bodies: readonly string[],
  clients: number,
  seconds: number,
  judge: (status: number, text: string) => Verdict,
  headers: Record<string, string> = {},
): Promise<ClosedLoopRun> {
  const samples: Sample[] = [];
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const client = async (offset: number) => {
    for (let n = offset; performance.now() < deadline; n += 1) {
      const body = n % bodies.length;
      const sent = performance.now();
      try {
        // Node's fetch keeps connections alive, so each client reuses its socket as a browser or app would.
        const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: bodies[body] });
        const text = await response.text();
        const ms = performance.now() - sent;
        const verdict = judge(response.status, text);
        samples.push({ body, ms, ok: verdict.ok, cached: verdict.cached ?? false, serverMs: verdict.serverMs });
      } catch {
        samples.push({ body, ms: performance.now() - sent, ok: false, cached: false });
      }
    }
  };
  await Promise.all(Array.from({ length: clients }, (_, c) => client(Math.floor((c * bodies.length) / clients))));
  return { samples, seconds: (performance.now() - started) / 1000 };
}
