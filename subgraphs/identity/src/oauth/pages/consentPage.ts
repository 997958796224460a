import { escapeHtml, paragraph, renderPage } from './renderPage.js';

export interface ConsentPageOptions {
  /** Form target for approving: `<prefix>/interaction/<uid>/consent`. */
  action: string;
  /** Form target for refusing: `<prefix>/interaction/<uid>/abort`. */
  abortAction: string;
  clientName: string;
  scopes: readonly string[];
  stylesheetHref: string;
}

/** Asks the signed-in user whether a (not first-party) client may have the listed scopes. */
export function consentPage(options: ConsentPageOptions): string {
  const scopes = options.scopes.map((scope) => `<li><code>${escapeHtml(scope)}</code></li>`).join('');
  const body = [
    paragraph(`${options.clientName} asks for access to your account:`),
    `<ul class="scopes">${scopes}</ul>`,
    `<form method="post" action="${escapeHtml(options.action)}"><button type="submit">Allow</button></form>`,
    `<form method="post" action="${escapeHtml(options.abortAction)}"><button type="submit" class="secondary">Deny</button></form>`,
  ].join('\n');
  return renderPage({ title: 'Allow access?', body, stylesheetHref: options.stylesheetHref });
}
