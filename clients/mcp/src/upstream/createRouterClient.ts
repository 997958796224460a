import type { PersistedOperation } from '@media-gateway/schema';

/** One GraphQL error as the router sends it. */
export interface RouterGraphQLError {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: Record<string, unknown>;
}

/** The router's answer: GraphQL `data` and `errors`, plus what HTTP said about retrying. */
export interface RouterResult {
  status: number;
  data?: Record<string, unknown> | null;
  errors?: RouterGraphQLError[];
  /** From a `Retry-After` header, in seconds. */
  retryAfterSeconds?: number;
}

/** The router could not be reached, did not answer in time, or answered something that is not GraphQL. */
export class RouterUnavailableError extends Error {
  override readonly name = 'RouterUnavailableError';
  constructor(
    readonly reason: 'timeout' | 'network' | 'bad_response',
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export interface RouterClientOptions {
  /** The router's origin; operations go to `<routerUrl>/graphql`. */
  routerUrl: string;
  /**
   * Deadline for one tool call, retries included. §11's 100 ms downstream budget is for cached reads behind the
   * router; a tool call is a whole search or playback start, which takes longer, and an agent prefers a slow answer
   * to a spurious failure.
   * @default 10000
   */
  timeoutMs?: number;
  /**
   * Extra attempts for a query when the connection fails before any answer (§11: 2 retries, 50 then 100 ms apart).
   * Mutations are never retried: the first attempt may have been applied.
   * @default 2
   */
  retries?: number;
  fetch?: typeof fetch;
}

export interface RouterClient {
  /**
   * Runs a persisted operation by its id (`documentId` + `extensions.persistedQuery.sha256Hash`; the body is never
   * sent), as `token`'s holder when one is given.
   * @throws RouterUnavailableError
   */
  execute(operation: PersistedOperation, variables: Record<string, unknown>, init?: { token?: string | undefined; signal?: AbortSignal | undefined }): Promise<RouterResult>;
}

const BACKOFF_MS = [50, 100];

export function createRouterClient(options: RouterClientOptions): RouterClient {
  const endpoint = new URL('/graphql', options.routerUrl).toString();
  const timeoutMs = options.timeoutMs ?? 10_000;
  const retries = options.retries ?? 2;
  const doFetch = options.fetch ?? fetch;

  return {
    async execute(operation, variables, init = {}) {
      const body = JSON.stringify({
        documentId: operation.id,
        operationName: operation.name,
        variables,
        extensions: { persistedQuery: { version: 1, sha256Hash: operation.id } },
      });
      const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
      if (init.token) headers.authorization = `Bearer ${init.token}`;
      const deadline = AbortSignal.timeout(timeoutMs);
      const signal = init.signal ? AbortSignal.any([deadline, init.signal]) : deadline;
      const attempts = operation.type === 'query' ? 1 + retries : 1;

      for (let attempt = 1; ; attempt++) {
        let response: Response;
        try {
          response = await doFetch(endpoint, { method: 'POST', headers, body, signal });
        } catch (error) {
          if (deadline.aborted) throw new RouterUnavailableError('timeout', `the service did not answer within ${timeoutMs} ms`, { cause: error });
          if (signal.aborted || attempt >= attempts) throw new RouterUnavailableError('network', 'the service could not be reached', { cause: error });
          await sleep(BACKOFF_MS[attempt - 1] ?? BACKOFF_MS.at(-1)!, signal);
          continue;
        }
        return await readResult(response, deadline, timeoutMs);
      }
    },
  };
}

async function readResult(response: Response, deadline: AbortSignal, timeoutMs: number): Promise<RouterResult> {
  let json: unknown;
  try {
    json = await response.json();
  } catch (error) {
    if (deadline.aborted) throw new RouterUnavailableError('timeout', `the service did not answer within ${timeoutMs} ms`, { cause: error });
    throw new RouterUnavailableError('bad_response', `the service answered HTTP ${response.status} without a GraphQL body`, { cause: error });
  }
  if (typeof json !== 'object' || json === null || (!('data' in json) && !('errors' in json))) {
    throw new RouterUnavailableError('bad_response', `the service answered HTTP ${response.status} without a GraphQL body`);
  }
  const result: RouterResult = { status: response.status, ...(json as Pick<RouterResult, 'data' | 'errors'>) };
  const retryAfter = Number(response.headers.get('retry-after'));
  if (response.headers.has('retry-after') && Number.isFinite(retryAfter) && retryAfter >= 0) result.retryAfterSeconds = Math.ceil(retryAfter);
  return result;
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    }, { once: true });
  });
}
