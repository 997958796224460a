import { escapeHtml, paragraph, renderPage } from './renderPage.js';

export interface LoginPageOptions {
  /** Where the form posts: `<prefix>/interaction/<uid>/login`. */
  action: string;
  clientName: string;
  stylesheetHref: string;
  /** Pre-filled after a failed attempt, so the user only retypes the password. */
  email?: string;
  failed?: boolean;
  /** One "Continue with <label>" button per upstream provider, each posting to its `action`. */
  upstreams?: readonly { label: string; action: string }[];
}

/**
 * The sign-in form of an interaction. A failed attempt always shows the same text, whatever went wrong, so the page
 * does not reveal which emails have accounts (§6). The password form comes first; the upstream buttons are forms of
 * their own after it, so each is a plain post (no script, CSP `default-src 'self'`).
 */
export function loginPage(options: LoginPageOptions): string {
  const upstreams = options.upstreams ?? [];
  const body = [
    paragraph(`Sign in to continue to ${options.clientName}.`),
    options.failed ? paragraph('The email or password is incorrect.', 'alert') : '',
    `<form method="post" action="${escapeHtml(options.action)}">`,
    '<label for="email">Email</label>',
    `<input id="email" type="email" name="email" autocomplete="username" required autofocus value="${escapeHtml(options.email ?? '')}">`,
    '<label for="password">Password</label>',
    '<input id="password" type="password" name="password" autocomplete="current-password" required>',
    '<button type="submit">Sign in</button>',
    '</form>',
    ...upstreams.map(
      (upstream) =>
        `<form method="post" action="${escapeHtml(upstream.action)}"><button type="submit" class="secondary">${escapeHtml(`Continue with ${upstream.label}`)}</button></form>`,
    ),
  ].join('\n');
  return renderPage({ title: 'Sign in', body, stylesheetHref: options.stylesheetHref });
}
