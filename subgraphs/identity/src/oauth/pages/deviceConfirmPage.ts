import { escapeHtml, paragraph, renderPage } from './renderPage.js';

export interface DeviceConfirmPageOptions {
  action: string;
  xsrf: string;
  /** As the device shows it, `XXXX-XXXX`. */
  userCode: string;
  clientName: string;
  stylesheetHref: string;
}

/**
 * Step 2: the user checks that the code matches the device and approves or denies. Both buttons post the same form;
 * oidc-provider reads `confirm=yes` as approval (then sign-in and consent follow) and `abort=yes` as denial, which
 * the polling device receives as `access_denied`.
 */
export function deviceConfirmPage(options: DeviceConfirmPageOptions): string {
  const hidden = [
    `<input type="hidden" name="xsrf" value="${escapeHtml(options.xsrf)}">`,
    `<input type="hidden" name="user_code" value="${escapeHtml(options.userCode)}">`,
  ].join('');
  const body = [
    paragraph(`${options.clientName} wants to sign in to your account. Check that your device shows this code:`),
    `<p><code>${escapeHtml(options.userCode)}</code></p>`,
    paragraph('If you did not start this, or the code differs, deny.'),
    `<form method="post" action="${escapeHtml(options.action)}">${hidden}`,
    '<button type="submit" name="confirm" value="yes">Approve</button>',
    '<button type="submit" name="abort" value="yes" class="secondary">Deny</button>',
    '</form>',
  ].join('\n');
  return renderPage({ title: 'Connect this device?', body, stylesheetHref: options.stylesheetHref });
}
