import type { Configuration, KoaContextWithOIDC } from 'oidc-provider';
import { PREFILL_STATE_KEY } from './activatePrefill.js';
import { deviceCodePage } from './pages/deviceCodePage.js';
import { deviceConfirmPage } from './pages/deviceConfirmPage.js';
import { messagePage } from './pages/messagePage.js';
import { escapeHtml, renderPage } from './pages/renderPage.js';

type DeviceFlowFeature = NonNullable<NonNullable<Configuration['features']>['deviceFlow']>;
type LogoutFeature = NonNullable<NonNullable<Configuration['features']>['rpInitiatedLogout']>;

/**
 * The pages oidc-provider renders itself (device code entry and confirmation, errors, logout), replaced by ours:
 * its defaults pull web fonts and use inline handlers, which CSP `default-src 'self'` would break.
 */
export function providerPages(stylesheetHref: string): {
  deviceFlow: Pick<DeviceFlowFeature, 'userCodeInputSource' | 'userCodeConfirmSource' | 'successSource'>;
  logout: Pick<LogoutFeature, 'logoutSource' | 'postLogoutSuccessSource'>;
  renderError: NonNullable<Configuration['renderError']>;
} {
  const html = (ctx: KoaContextWithOIDC, body: string) => {
    ctx.type = 'html';
    ctx.set('cache-control', 'no-store');
    ctx.body = body;
  };

  return {
    deviceFlow: {
      userCodeInputSource(ctx, _form, out, err) {
        const typed = (err as { userCode?: unknown } | undefined)?.userCode;
        const prefill = ctx.state[PREFILL_STATE_KEY] as unknown;
        html(
          ctx,
          deviceCodePage({
            action: ctx.oidc.urlFor('code_verification'),
            xsrf: sessionXsrf(ctx),
            userCode: typeof typed === 'string' ? typed : typeof prefill === 'string' ? prefill : undefined,
            message: inputMessage(out?.error, err),
            stylesheetHref,
          }),
        );
      },
      userCodeConfirmSource(ctx, _form, client, _deviceInfo, userCode) {
        html(
          ctx,
          deviceConfirmPage({
            action: ctx.oidc.urlFor('code_verification'),
            xsrf: sessionXsrf(ctx),
            userCode,
            clientName: client.clientName ?? client.clientId,
            stylesheetHref,
          }),
        );
      },
      successSource(ctx) {
        const name = ctx.oidc.client?.clientName ?? 'Your device';
        html(ctx, messagePage({ title: 'Device connected', text: `${name} is now signed in. You can close this page.`, stylesheetHref }));
      },
    },
    logout: {
      logoutSource(ctx, form) {
        // `form` is oidc-provider's own markup (a form with its xsrf field); the buttons refer to it by id.
        const body = [
          `<p>Do you want to sign out of ${escapeHtml(ctx.host)}?</p>`,
          form,
          '<button type="submit" form="op.logoutForm" name="logout" value="yes">Sign out</button>',
          '<button type="submit" form="op.logoutForm" class="secondary">Stay signed in</button>',
        ].join('\n');
        html(ctx, renderPage({ title: 'Sign out?', body, stylesheetHref }));
      },
      postLogoutSuccessSource(ctx) {
        html(ctx, messagePage({ title: 'Signed out', text: 'You are signed out.', stylesheetHref }));
      },
    },
    renderError(ctx, out) {
      // The description is the protocol's own (e.g. an unregistered redirect_uri): useful to the developer of the
      // client, and it never contains account data.
      const text = out.error_description ?? out.error;
      html(ctx, messagePage({ title: 'Something went wrong', text, alert: true, stylesheetHref }));
    },
  };
}

function sessionXsrf(ctx: KoaContextWithOIDC): string {
  const secret = (ctx.oidc.session?.state as { secret?: unknown } | undefined)?.secret;
  return typeof secret === 'string' ? secret : '';
}

function inputMessage(error: string | undefined, err: unknown): { text: string; alert: boolean } | undefined {
  const name = (err as { name?: unknown } | undefined)?.name;
  if (name === 'AbortedError' || error === 'access_denied') {
    return { text: 'You denied the request. The device was not signed in.', alert: false };
  }
  if (['NotFoundError', 'ExpiredError', 'AlreadyUsedError', 'NoCodeError'].includes(String(name))) {
    return { text: 'That code is not valid or has expired. Check the code on your device and try again.', alert: true };
  }
  if (err) return { text: 'Something went wrong. Start again on your device.', alert: true };
  return undefined;
}
