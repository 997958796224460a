export interface ExplorerPage {
  title: string;
  /** Where the page sends GraphQL requests; handed to the init script through `data-endpoint`. */
  endpoint: string;
  /** Script URLs, in load order. */
  scripts: readonly string[];
  stylesheets: readonly string[];
}

/**
 * The explorer page: only `<script src>` and `<link>` to same-origin assets, no inline script, so it runs under
 * `script-src 'self'`. The one inline `<style>` (full-height layout) is covered by `style-src 'unsafe-inline'`,
 * which GraphiQL needs anyway for the style attributes React sets.
 */
export function renderExplorerHtml(page: ExplorerPage): string {
  const links = page.stylesheets.map((href) => `    <link rel="stylesheet" href="${escapeHtml(href)}" />`);
  // `defer` keeps document order, which the UMD globals depend on, and lets the HTML parse first.
  const scripts = page.scripts.map((src) => `    <script defer src="${escapeHtml(src)}"></script>`);
  return [
    '<!doctype html>',
    '<html lang="en">',
    '  <head>',
    '    <meta charset="utf-8" />',
    '    <meta name="viewport" content="width=device-width, initial-scale=1" />',
    `    <title>${escapeHtml(page.title)}</title>`,
    ...links,
    '    <style>html, body, #graphiql { height: 100%; margin: 0; }</style>',
    '  </head>',
    '  <body>',
    `    <div id="graphiql" data-endpoint="${escapeHtml(page.endpoint)}">Loading…</div>`,
    ...scripts,
    '  </body>',
    '</html>',
    '',
  ].join('\n');
}

const HTML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char);
}
