/** One request the fake fetch received, with its body parsed (JSON or form). */
export interface SeenRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  json: Record<string, unknown> | undefined;
  form: Record<string, string> | undefined;
}

export type FakeReply = Response | Error | ((request: SeenRequest) => Response | Error | Promise<Response | Error>);

/**
 * A fetch that answers from a script, in order, and records what it was asked. An Error entry makes that call fail
 * like a dropped connection (fetch rejects with a TypeError).
 */
export function fakeFetch(replies: FakeReply[]): typeof fetch & { requests: SeenRequest[] } {
  const requests: SeenRequest[] = [];
  const queue = [...replies];
  const impl = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const headers: Record<string, string> = {};
    new Headers(init?.headers).forEach((value, key) => (headers[key] = value));
    const body = typeof init?.body === 'string' ? init.body : undefined;
    const isForm = headers['content-type'] === 'application/x-www-form-urlencoded';
    const request: SeenRequest = {
      url: String(input),
      method: init?.method ?? 'GET',
      headers,
      json: body && !isForm ? (JSON.parse(body) as Record<string, unknown>) : undefined,
      form: body && isForm ? Object.fromEntries(new URLSearchParams(body)) : undefined,
    };
    requests.push(request);
    if (init?.signal?.aborted) throw new DOMException('aborted', 'AbortError');
    const next = queue.shift();
    if (next === undefined) throw new Error(`fakeFetch: no reply scripted for request ${requests.length} (${request.method} ${request.url})`);
    const reply = typeof next === 'function' ? await next(request) : next;
    if (reply instanceof Error) throw reply;
    return reply;
  };
  return Object.assign(impl as typeof fetch, { requests });
}

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
}

export const networkDown = () => new TypeError('fetch failed');
