/** Escapes text for HTML element content and double-quoted attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/**
 * The shared shell of the sign-in pages. No inline script or style anywhere: the pages are served with
 * `Content-Security-Policy: default-src 'self'` (§15), so the stylesheet is a same-origin file and every action is a
 * plain form post. `body` must already be escaped HTML.
 */
export function renderPage(options: { title: string; body: string; stylesheetHref: string }): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(options.title)} · Media Gateway</title>
<link rel="stylesheet" href="${escapeHtml(options.stylesheetHref)}">
</head>
<body>
<main>
<h1>${escapeHtml(options.title)}</h1>
${options.body}
</main>
</body>
</html>
`;
}

/** A paragraph of plain text, optionally marked as an alert for assistive technology (WCAG 2.1, §13). */
export function paragraph(text: string, role?: 'alert' | 'status'): string {
  return `<p${role ? ` role="${role}"` : ''}>${escapeHtml(text)}</p>`;
}

/** The stylesheet every page links to; served by `mountOidcProvider` under `<prefix>/assets/pages.css`. */
export const PAGES_CSS = `body{font-family:system-ui,sans-serif;background:#f4f4f6;color:#1d1d1f;margin:0}
main{max-width:24rem;margin:4rem auto;background:#fff;padding:2rem;border-radius:.5rem;box-shadow:0 1px 3px rgba(0,0,0,.15)}
h1{font-size:1.4rem;margin-top:0}label{display:block;margin:.75rem 0 .25rem}
input[type=email],input[type=password],input[type=text]{width:100%;box-sizing:border-box;padding:.6rem;font-size:1rem}
input[name=user_code]{text-transform:uppercase;letter-spacing:.2em;text-align:center}
button{margin-top:1rem;padding:.6rem 1rem;font-size:1rem;cursor:pointer}
button.secondary{background:none;border:1px solid #999}
p[role=alert]{color:#b00020}ul.scopes{padding-left:1.2rem}code{font-size:1.4rem;letter-spacing:.15em}
`;
