import { escapeHtml, paragraph, renderPage } from './renderPage.js';

export interface SecondFactorPageOptions {
  /** Where the code is posted: `<prefix>/interaction/<uid>/mfa`. */
  action: string;
  /** Where "Cancel" posts: `<prefix>/interaction/<uid>/abort`. */
  abortAction: string;
  clientName: string;
  stylesheetHref: string;
  /** The previous code was not accepted. */
  failed?: boolean;
}

/**
 * The second step of signing in to an account with MFA on (§6): a current code of the authenticator app, or one of
 * the backup codes. One text field takes both (backup codes have letters), without a `pattern` that would refuse
 * them; `one-time-code` lets browsers and password managers offer the code.
 */
export function secondFactorPage(options: SecondFactorPageOptions): string {
  const body = [
    paragraph(`Enter the 6-digit code from your authenticator app to continue to ${options.clientName}. If you can't use the app, enter one of your backup codes.`),
    options.failed ? paragraph('That code is not correct. Check your authenticator app and try again.', 'alert') : '',
    `<form method="post" action="${escapeHtml(options.action)}">`,
    '<label for="code">Code</label>',
    '<input id="code" type="text" name="code" autocomplete="one-time-code" autocapitalize="characters" spellcheck="false" maxlength="12" required autofocus>',
    '<button type="submit">Verify</button>',
    '</form>',
    `<form method="post" action="${escapeHtml(options.abortAction)}"><button type="submit" class="secondary">Cancel sign-in</button></form>`,
  ].join('\n');
  return renderPage({ title: 'Two-step verification', body, stylesheetHref: options.stylesheetHref });
}
