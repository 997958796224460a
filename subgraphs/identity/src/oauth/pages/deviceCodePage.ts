import { escapeHtml, paragraph, renderPage } from './renderPage.js';

export interface DeviceCodePageOptions {
  /** The verification URI (`/activate`); the form posts back to it. */
  action: string;
  /** oidc-provider's per-session form token, checked on post. */
  xsrf: string;
  /** Pre-filled from `verification_uri_complete` (the QR code) so the user only confirms. */
  userCode?: string;
  message?: { text: string; alert: boolean };
  stylesheetHref: string;
}

/** Step 1 of connecting a TV or CLI (RFC 8628 §3.3): type the code the device shows. */
export function deviceCodePage(options: DeviceCodePageOptions): string {
  const body = [
    options.message ? paragraph(options.message.text, options.message.alert ? 'alert' : 'status') : paragraph('Enter the code shown on your TV or terminal.'),
    `<form method="post" action="${escapeHtml(options.action)}">`,
    `<input type="hidden" name="xsrf" value="${escapeHtml(options.xsrf)}">`,
    '<label for="user_code">Code</label>',
    `<input id="user_code" type="text" name="user_code" placeholder="XXXX-XXXX" autocomplete="off" autocapitalize="characters" spellcheck="false" required autofocus value="${escapeHtml(options.userCode ?? '')}">`,
    '<button type="submit">Continue</button>',
    '</form>',
  ].join('\n');
  return renderPage({ title: 'Connect a device', body, stylesheetHref: options.stylesheetHref });
}
