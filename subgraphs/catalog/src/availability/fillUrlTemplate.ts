/**
 * Puts a platform title id into a URL template at `{id}`, encoded for where it lands.
 *
 * In the query or fragment the id is one component, so everything reserved is escaped. In the path the id is
 * escaped segment by segment and its `/` kept: some platforms use ids that span segments (Tencent Video's
 * `g/gvz5bapszkkjbw8` fills `https://v.qq.com/detail/{id}.html`). Dot segments are escaped so an id of `..`
 * cannot walk up the path.
 *
 * Example: `fillUrlTemplate('https://x.test/title/{id}?q={id}', 'a b/c')`
 *   → `https://x.test/title/a%20b/c?q=a%20b%2Fc`
 */
export function fillUrlTemplate(template: string, id: string): string {
  const queryStart = firstIndexOf(template, ['?', '#']);
  let out = '';
  let from = 0;
  for (let at = template.indexOf('{id}'); at !== -1; at = template.indexOf('{id}', from)) {
    out += template.slice(from, at) + (queryStart !== -1 && at > queryStart ? encodeURIComponent(id) : encodePath(id));
    from = at + '{id}'.length;
  }
  return out + template.slice(from);
}

function encodePath(id: string): string {
  return id
    .split('/')
    .map((segment) => (segment === '.' || segment === '..' ? segment.replaceAll('.', '%2E') : encodeURIComponent(segment)))
    .join('/');
}

function firstIndexOf(text: string, needles: string[]): number {
  const hits = needles.map((n) => text.indexOf(n)).filter((i) => i !== -1);
  return hits.length === 0 ? -1 : Math.min(...hits);
}
