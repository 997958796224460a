/**
 * A browser as far as the sign-in pages care: a cookie jar (path-scoped, honouring deletion), manual redirects, and
 * form posts. Redirects are followed while they stay on the server; one that leaves it (to a client's redirect URI)
 * ends the navigation and is returned.
 */
export class Browser {
  private readonly cookies = new Map<string, { name: string; value: string; path: string }>();

  constructor(private readonly origin: string) {}

  async request(url: string | URL, form?: Record<string, string>): Promise<Response> {
    const target = new URL(url, this.origin);
    const headers = new Headers({ accept: 'text/html' });
    const cookie = [...this.cookies.values()]
      .filter((c) => target.pathname === c.path || target.pathname.startsWith(c.path.endsWith('/') ? c.path : `${c.path}/`))
      .map((c) => `${c.name}=${c.value}`)
      .join('; ');
    if (cookie) headers.set('cookie', cookie);
    if (form) headers.set('content-type', 'application/x-www-form-urlencoded');
    const response = await fetch(target, {
      method: form ? 'POST' : 'GET',
      headers,
      body: form ? new URLSearchParams(form).toString() : undefined,
      redirect: 'manual',
    });
    for (const header of response.headers.getSetCookie()) this.store(header);
    return response;
  }

  /** Requests `url` and follows same-server redirects. */
  async navigate(url: string | URL, form?: Record<string, string>): Promise<Navigation> {
    let target = new URL(url, this.origin);
    let response = await this.request(target, form);
    for (let hops = 0; hops < 20; hops += 1) {
      const location = response.headers.get('location');
      if (response.status < 300 || response.status >= 400 || !location) {
        return { status: response.status, url: target, html: await response.text(), headers: response.headers };
      }
      const next = new URL(location, target);
      if (next.origin !== this.origin) return { status: response.status, url: target, redirectedTo: next, html: '', headers: response.headers };
      target = next;
      response = await this.request(target);
    }
    throw new Error('too many redirects');
  }

  cookieNames(): string[] {
    return [...this.cookies.values()].map((c) => c.name);
  }

  private store(header: string): void {
    const [pair = '', ...attributes] = header.split(';').map((part) => part.trim());
    const eq = pair.indexOf('=');
    const name = pair.slice(0, eq);
    const value = pair.slice(eq + 1);
    const attr = (key: string) => attributes.find((a) => a.toLowerCase().startsWith(`${key}=`))?.slice(key.length + 1);
    const path = attr('path') ?? '/';
    const expires = attr('expires');
    const key = `${name}|${path}`;
    if (value === '' || (expires && Date.parse(expires) <= Date.now())) this.cookies.delete(key);
    else this.cookies.set(key, { name, value, path });
  }
}

export interface Navigation {
  status: number;
  /** The last URL requested on the server. */
  url: URL;
  /** Set when the last response redirected away from the server (to a client's redirect URI). */
  redirectedTo?: URL;
  html: string;
  headers: Headers;
}

/** The hidden fields and the action of the `index`-th form of a page, as a browser would submit them. */
export function readForm(html: string, index = 0): { action: string; fields: Record<string, string> } {
  const forms = [...html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/g)];
  const form = forms[index];
  if (!form) throw new Error(`no form #${index} in page:\n${html}`);
  const action = unescape(/action="([^"]*)"/.exec(form[1] ?? '')?.[1] ?? '');
  const fields: Record<string, string> = {};
  for (const input of (form[2] ?? '').matchAll(/<input\b([^>]*)>/g)) {
    const attrs = input[1] ?? '';
    if (!/type="hidden"/.test(attrs)) continue;
    const name = /name="([^"]*)"/.exec(attrs)?.[1];
    if (name) fields[name] = unescape(/value="([^"]*)"/.exec(attrs)?.[1] ?? '');
  }
  return { action, fields };
}

function unescape(value: string): string {
  return value.replace(/&#(\d+);/g, (_m, code: string) => String.fromCharCode(Number(code))).replace(/&amp;/g, '&').replace(/&quot;/g, '"');
}
